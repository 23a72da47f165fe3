/**
 * "The page has shown what it was opened for": a record page calls markPageSettled() once its
 * verdict (or its error) is on screen. The app waits for it before it starts the workers and fetches
 * the chunks other pages need (app/warm-up-app.ts): nothing competes with the first verdict (issue 10).
 */
import { useAfterPaint } from '../ui/use-after-paint';

let settle: (() => void) | null = null;
const settled = new Promise<void>((resolve) => (settle = resolve));

/** Says that the first verdict or error of this page load is on screen; later calls do nothing. */
export function markPageSettled(): void {
  settle?.();
  settle = null;
}

/** Resolves once markPageSettled() has been called. */
export function pageSettled(): Promise<void> {
  return settled;
}

/** Marks the page settled after the browser has painted the component that calls it. */
export function useMarkPageSettled(): void {
  useAfterPaint(markPageSettled);
}
