/**
 * "The user has started something that opens a page": a drop, a paste, a submitted lookup. The app
 * registers what to fetch then (the record pages' chunk, app/route-chunks.ts), so that the page is
 * there when the verdict is, instead of being fetched after it. Features signal; only the app knows
 * the chunks (imports flow features → app, never back).
 */
let preloaders: (() => void)[] = [];

/** The app's part: what to fetch when an action starts. */
export function registerPagePreload(preload: () => void): void {
  preloaders.push(preload);
}

/** A feature's part: an action has started; fetch what its page needs (once is enough). */
export function preloadPages(): void {
  const now = preloaders;
  preloaders = [];
  for (const p of now) p();
}
