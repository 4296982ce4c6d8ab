// Arrow-key movement between the items of a list (nav links, the chapter tree), on top of Tab.
// Hand-made rather than Fluent's useArrowNavigationGroup, whose focusable aria-hidden helper elements fail axe.
import type { KeyboardEvent } from 'react';

export const ARROW_ITEM = 'data-arrow-item';

export function moveFocusWithArrows(event: KeyboardEvent<HTMLElement>): void {
  const keys = ['ArrowDown', 'ArrowUp', 'Home', 'End'];
  if (!keys.includes(event.key)) return;
  const items = [...event.currentTarget.querySelectorAll<HTMLElement>(`[${ARROW_ITEM}]`)];
  if (items.length === 0) return;
  const current = items.indexOf(document.activeElement as HTMLElement);
  const last = items.length - 1;
  const next =
    event.key === 'Home' ? 0 : event.key === 'End' ? last : event.key === 'ArrowDown' ? (current >= last ? 0 : current + 1) : current <= 0 ? last : current - 1;
  event.preventDefault();
  items[next]?.focus();
}
