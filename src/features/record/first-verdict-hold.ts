/**
 * The hand-over from the first verdict (first-verdict.ts, drawn before React) to React's record
 * page: React's root is hidden while the first verdict stands, and the page removes it once its
 * own header or skeleton is in the DOM. Tiny, and imported by both sides.
 */

/** Marks the element, so that the React page can remove it once its own header is on screen. */
export const FIRST_VERDICT_ATTRIBUTE = 'data-first-verdict';

/**
 * While React renders its first pages into `root`, keeps them hidden behind the first verdict: its
 * router renders the route a task after the layout (measured: 40–50 ms with no verdict on screen
 * when React simply replaced it). The record page calls removeFirstVerdict() in a layout effect,
 * so the one verdict replaces the other in the same frame; `fallbackMs` later it goes regardless.
 */
export function holdFirstVerdict(root: HTMLElement, fallbackMs: number): void {
  if (!document.querySelector(`[${FIRST_VERDICT_ATTRIBUTE}]`)) return;
  held = root;
  root.hidden = true;
  setTimeout(removeFirstVerdict, fallbackMs);
}

let held: HTMLElement | null = null;

/** Removes the first verdict and shows React's pages (the record page calls it once its own header or skeleton is in the DOM). */
export function removeFirstVerdict(): void {
  const shown = [...document.querySelectorAll(`[${FIRST_VERDICT_ATTRIBUTE}]`)];
  const hadFocus = shown.some((e) => e.contains(document.activeElement));
  for (const e of shown) e.remove();
  if (held) held.hidden = false;
  held = null;
  // Focus on the first verdict's home link goes to the app's own, not lost to <body>; when React has
  // not drawn its header yet (a failed lookup removes "Looking up…" before React starts), the
  // header takes it when it mounts (claimFirstVerdictFocus).
  if (!hadFocus) return;
  const home = document.querySelector<HTMLElement>('a[data-testid="logo"]') ?? document.getElementById('main');
  if (home) home.focus();
  else focusOwed = true;
}

let focusOwed = false;

/**
 * The app's header calls this once it is in the DOM: focus that was on a removed first verdict's
 * home link moves to `home` (the app's own home link), unless the user has put it somewhere since.
 */
export function claimFirstVerdictFocus(home: HTMLElement | null): void {
  if (!focusOwed) return;
  focusOwed = false;
  if (home && (document.activeElement === null || document.activeElement === document.body)) home.focus();
}

/** The first verdict's "Loading the checks…" line, taken away when the rest will not come (app/boot.ts). */
export function removeFirstVerdictLoading(): void {
  for (const e of document.querySelectorAll(`[${FIRST_VERDICT_ATTRIBUTE}] [data-first-verdict-loading]`)) e.remove();
}
