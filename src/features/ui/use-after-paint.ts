/**
 * Runs `run` once, in the first task after the browser has painted what the calling component
 * rendered (a frame, then a task): for work that must not delay that paint. afterPaint is the same
 * outside React (the boot script, before React has loaded).
 */
import { useEffect } from 'react';

/** Calls `run` in the first task after the browser has painted the DOM as it is now; returns a cancel. */
export function afterPaint(run: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => (timer = setTimeout(run, 0)));
  return () => {
    cancelAnimationFrame(frame);
    if (timer !== undefined) clearTimeout(timer);
  };
}

/** `run` is called once per mount; it is read when the paint has happened. */
export function useAfterPaint(run: () => void): void {
  useEffect(() => {
    return afterPaint(run);
    // Once per mount by design: the callers mark a moment ("painted"), not a value.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
}
