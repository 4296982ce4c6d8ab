// The pages of the frame and their addresses (#/plan …). Hash routes work from the custom protocol and the bridge alike.
import { useSyncExternalStore } from 'react';
import type { MessageKey } from '../../shared/i18n';

export const ROUTES = [
  { id: 'plan', path: '#/plan', label: 'nav.plan' },
  { id: 'matrix', path: '#/ansvarsmatrise', label: 'nav.matrix' },
  { id: 'chapters', path: '#/kapitler', label: 'nav.chapters' },
  { id: 'tables', path: '#/tabeller', label: 'nav.tables' },
  { id: 'hearing', path: '#/horing', label: 'nav.hearing' },
  { id: 'comments', path: '#/kommentarer', label: 'nav.comments' },
  { id: 'export', path: '#/eksport', label: 'nav.export' },
  { id: 'compare', path: '#/sammenlign', label: 'nav.compare' },
] as const satisfies readonly { id: string; path: string; label: MessageKey }[];

export type RouteId = (typeof ROUTES)[number]['id'];

export function routeFromHash(hash: string): RouteId {
  return ROUTES.find((r) => r.path === hash)?.id ?? 'plan';
}

/** Pages opened from the Fil menu (desktop) or the header (browser mode) rather than the navigation. */
export const FILE_PAGES = [
  { id: 'merge', path: '#/sammenslaing' },
  { id: 'start', path: '#/start' },
  { id: 'versions', path: '#/versjoner' },
] as const;
export const VERSIONS_PATH = '#/versjoner';
export const START_PATH = '#/start';
export type PageId = RouteId | (typeof FILE_PAGES)[number]['id'];

export function pageFromHash(hash: string): PageId {
  return FILE_PAGES.find((p) => p.path === hash)?.id ?? routeFromHash(hash);
}

function subscribe(callback: () => void): () => void {
  window.addEventListener('hashchange', callback);
  return () => window.removeEventListener('hashchange', callback);
}

export function useRoute(): RouteId {
  return useSyncExternalStore(subscribe, () => routeFromHash(window.location.hash));
}

export function usePage(): PageId {
  return useSyncExternalStore(subscribe, () => pageFromHash(window.location.hash));
}
