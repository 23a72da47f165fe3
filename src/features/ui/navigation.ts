/**
 * The app's location: the browser's own history, watched through wouter's location hook (it patches
 * pushState/replaceState to emit events, and reads them with useSyncExternalStore). Paths stay as the
 * browser holds them, percent-encoded; each route decodes its own parameter once, with
 * decodeURIComponent (app/routes.ts), as the first verdict does before React (first-verdict-query.ts).
 * wouter's own route matching is not used: it decodes the whole path with decodeURI first, so
 * `%25` would be decoded twice.
 *
 * Every history entry carries a key (history.state.key), which scroll-restoration.ts files the
 * entry's scroll offsets under, as TanStack Router did before it (issue 10: its 24 KB left the first load).
 */
import { useLocationProperty } from 'wouter/use-browser-location';
import { entryKey, newEntryKey, saveScroll, setNextScroll } from './scroll-restoration';

const readPathname = () => location.pathname;
const readSearch = () => location.search;
const readHash = () => location.hash;

/** The current path, percent-encoded as in the address bar; re-renders on every navigation. */
export function usePathname(): string {
  return useLocationProperty(readPathname);
}

/** The current query string, with its `?` (or ''). */
export function useSearchString(): string {
  return useLocationProperty(readSearch);
}

/** The current fragment, without its `#`. */
export function useHash(): string {
  return useLocationProperty(readHash).replace(/^#/, '');
}

/**
 * The search params as strings, as typed: `?q=1704.04289` stays the string "1704.04289" (a JSON or
 * number-guessing parser would turn it into a number and the lookup would drop it).
 */
export function searchRecord(search: string): Record<string, string> {
  return Object.fromEntries(new URLSearchParams(search));
}

/** The query string for these params (undefined values left out), with its `?`, or ''. */
export function searchString(params: Readonly<Record<string, string | undefined>>): string {
  const out = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined) out.set(k, v);
  const s = out.toString();
  return s ? `?${s}` : '';
}

export interface NavigateOptions {
  /** Replace the current history entry instead of adding one (a filter change, not a new page). */
  readonly replace?: boolean;
  /** Scroll to the top after the move; false keeps the offsets (the page is the same one). */
  readonly resetScroll?: boolean;
}

/** Moves within the app without a reload: the batch and the caches survive. */
export function navigate(href: string, { replace = false, resetScroll = true }: NavigateOptions = {}): void {
  saveScroll();
  setNextScroll(resetScroll ? 'top' : 'keep');
  // A replaced entry keeps its key, so its offsets stay filed under it.
  const state = { key: (replace ? entryKey() : null) ?? newEntryKey() };
  if (replace) history.replaceState(state, '', href);
  else history.pushState(state, '', href);
}
