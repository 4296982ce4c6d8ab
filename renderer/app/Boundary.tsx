// Keeps a fault in one part of a page from blanking the whole window: React unmounts everything up to the nearest
// boundary on an error thrown while rendering or in an effect, so each page and each pane that draws untrusted or
// fast-changing content (the chapter editor, its comments) sits inside one. The plan store and its queue of edits live
// outside React and are not touched.
import { Component, type ReactNode } from 'react';

export class Boundary extends Component<{ fallback: ReactNode; children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override componentDidCatch(error: unknown) {
    console.error(error);
  }
  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
