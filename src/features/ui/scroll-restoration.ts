/**
 * Scroll restoration by history entry: Back lands where the page was, a new page starts at the top.
 * wouter leaves this to the app, and the browser's own ("auto") restores before React has drawn the
 * page it returns to, so it is switched off (history.scrollRestoration = 'manual') and done here:
 * each entry's offsets (the window's, and every element marked `data-scroll-restoration-id`, such
 * as the batch table) are filed under its key (navigation.ts).
 */

type Offsets = Record<string, number>;
type NextScroll = 'top' | 'keep' | 'restore';

const WINDOW = 'window';
const ATTRIBUTE = 'data-scroll-restoration-id';

/**
 * Offsets by entry key. Kept in the tab's sessionStorage when the page goes (pagehide), so a reload,
 * or Back from another site, lands where the page was, as a browser's own restoration would (a
 * walk-through, 2026-12-04: a record page reloaded at the top). Offsets and random keys only.
 */
const offsets = new Map<string, Offsets>();
const STORE = 'pith-explorer:scroll:v1';
/** The entries kept across page loads: the most recent ones. */
const KEPT_ENTRIES = 50;
let next: NextScroll = 'keep';

/** The offsets a previous page load of this tab left, if readable: anything else is ignored. */
function loadKept(): void {
  try {
    const kept: unknown = JSON.parse(sessionStorage.getItem(STORE) ?? '[]');
    if (!Array.isArray(kept)) return;
    for (const item of kept.slice(-KEPT_ENTRIES)) {
      if (!Array.isArray(item) || typeof item[0] !== 'string' || typeof item[1] !== 'object' || item[1] === null) continue;
      const entries = Object.entries(item[1] as Record<string, unknown>).filter((e): e is [string, number] => Number.isFinite(e[1]));
      offsets.set(item[0], Object.fromEntries(entries));
    }
  } catch {
    // Storage off or not JSON: start with none, as a first visit does.
  }
}

function keep(): void {
  try {
    sessionStorage.setItem(STORE, JSON.stringify([...offsets].slice(-KEPT_ENTRIES)));
  } catch {
    // Storage off or full: the offsets last for this page load only.
  }
}

/** A fresh key for a new history entry. */
export function newEntryKey(): string {
  return Math.random().toString(36).slice(2, 10);
}

/** The key of the entry shown now, or null for an entry this app has not keyed (yet). */
export function entryKey(): string | null {
  const state: unknown = history.state;
  return typeof state === 'object' && state !== null && 'key' in state && typeof state.key === 'string' ? state.key : null;
}

function record(id: string, offset: number): void {
  if (next === 'restore') return; // between a Back and its page's render the offsets are the old page's
  const key = entryKey();
  if (key === null) return;
  offsets.set(key, { ...offsets.get(key), [id]: offset });
}

/** Files the current offsets under this entry, just before the app moves away from it. */
export function saveScroll(): void {
  record(WINDOW, window.scrollY);
  for (const el of document.querySelectorAll<HTMLElement>(`[${ATTRIBUTE}]`)) record(el.getAttribute(ATTRIBUTE)!, el.scrollTop);
}

/** What the next location change does to the scroll offsets (navigation.ts sets it). */
export function setNextScroll(mode: NextScroll): void {
  next = mode;
}

/** The saved offset of a marked element in the entry shown now (to start a virtual list there). */
export function savedOffset(id: string): number | undefined {
  const key = entryKey();
  return key === null ? undefined : offsets.get(key)?.[id];
}

/** How long a page that is still growing (its later panels, a chunk) is followed to its old offset. */
const GROW_MS = 2_000;
const USER_SCROLL = ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const;

/**
 * Back to `y`; if the page is not that tall yet (the record page draws its secondary panels a task
 * later), again each time it grows, until it is there, the user scrolls, or GROW_MS pass.
 */
function restoreWindow(y: number): void {
  window.scrollTo(0, y);
  if (Math.abs(window.scrollY - y) < 1 || typeof ResizeObserver === 'undefined') return;
  const observer = new ResizeObserver(() => {
    window.scrollTo(0, y);
    if (Math.abs(window.scrollY - y) < 1) stop();
  });
  const timer = setTimeout(stop, GROW_MS);
  function stop() {
    observer.disconnect();
    clearTimeout(timer);
    for (const type of USER_SCROLL) removeEventListener(type, stop);
  }
  observer.observe(document.body);
  for (const type of USER_SCROLL) addEventListener(type, stop, { passive: true });
}

/** After a location change has rendered: to the top for a new page, back where it was for Back. */
export function applyScroll(): void {
  const mode = next;
  next = 'keep';
  if (mode === 'top') window.scrollTo(0, 0);
  if (mode !== 'restore') return;
  const key = entryKey();
  const saved = key === null ? undefined : offsets.get(key);
  restoreWindow(saved?.[WINDOW] ?? 0);
  for (const el of document.querySelectorAll<HTMLElement>(`[${ATTRIBUTE}]`)) {
    const top = saved?.[el.getAttribute(ATTRIBUTE)!];
    if (top !== undefined) el.scrollTop = top;
  }
}

/** Keys the entry shown now, keeping what state it has. */
function keyEntry(): void {
  const state: unknown = history.state;
  history.replaceState({ ...(typeof state === 'object' && state !== null ? state : {}), key: newEntryKey() }, '');
}

/**
 * Takes over scroll restoration for this document; call once, before the app first renders. The
 * first entry is keyed here (a replaceState that keeps its state).
 */
export function installScrollRestoration(): void {
  history.scrollRestoration = 'manual';
  loadKept();
  // Reloaded, or come back to from another document: the first render goes where the entry was.
  const nav = performance.getEntriesByType?.('navigation')[0] as PerformanceNavigationTiming | undefined;
  if (entryKey() === null) keyEntry();
  else if (nav?.type === 'reload' || nav?.type === 'back_forward') next = 'restore';
  addEventListener('pagehide', keep);
  addEventListener('popstate', () => {
    // An entry the app never made: the browser's own fragment navigation (an in-page `#id` link, or
    // the user editing the hash), which has already scrolled to its target. It is keyed now, so its
    // offset is filed and Back and Forward return to it; it is not scrolled again.
    if (entryKey() === null) {
      next = 'keep';
      keyEntry();
      return;
    }
    next = 'restore';
  });
  // One offset a scroll event, of the element that scrolled: cheap enough to run on every event.
  addEventListener(
    'scroll',
    (e) => {
      if (e.target === document) record(WINDOW, window.scrollY);
      else if (e.target instanceof HTMLElement && e.target.hasAttribute(ATTRIBUTE)) record(e.target.getAttribute(ATTRIBUTE)!, e.target.scrollTop);
    },
    { capture: true, passive: true },
  );
}
