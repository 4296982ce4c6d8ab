// The behaviour registry (shared/editor/behaviour): each node and mark of the chapter schema declares what it means to
// search and paste, once. A node or mark added to planExtensions() without an entry, or an entry left behind for a
// name the schema no longer has, fails here, so the switches cannot grow back.
import { describe, expect, it } from 'vitest';
import { BEHAVIOURS, behaviourOf, PASTE_ATTRS } from '../../shared/editor/behaviour';
import { planSchema } from '../../shared/editor/extensions';

describe('the node and mark behaviour registry', () => {
  it('has exactly one entry for every node and mark of the chapter schema, and none for names it lacks', () => {
    const schema = planSchema();
    const names = [...Object.keys(schema.nodes), ...Object.keys(schema.marks)].sort();
    const registered = BEHAVIOURS.map((b) => b.name);
    expect(new Set(registered).size).toBe(registered.length);
    expect([...registered].sort()).toEqual(names);
  });

  it('lets paste keep exactly the attributes the nodes write, and search read exactly their prose attributes', () => {
    expect([...PASTE_ATTRS].sort()).toEqual(
      ['alt', 'colspan', 'colwidth', 'data-asset-id', 'data-caption', 'data-decorative', 'data-footnote', 'data-group-id', 'data-live-block', 'href', 'lang', 'rowspan', 'src', 'start', 'title'].sort(),
    );
    expect(behaviourOf('footnote')?.search?.textAttrs).toEqual(['text']);
    expect(behaviourOf('image')?.search?.textAttrs).toEqual(['caption', 'alt']);
    expect(behaviourOf('table')?.search?.textAttrs).toEqual(['caption']);
    expect(behaviourOf('no-such-node')).toBeUndefined();
    expect(behaviourOf(42)).toBeUndefined();
  });
});
