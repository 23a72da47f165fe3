/**
 * React.lazy that stops suspending once its chunk has loaded. React 19 throttles the reveal of a
 * Suspense boundary's content for 300 ms after its fallback shows (FALLBACK_THROTTLE_MS); a plain
 * lazy component suspends on its first render even when its chunk was fetched long before (the
 * app's warm-up prefetches them), so the first paste's page appeared ~350 ms after the paste against
 * ~20 ms for the second (bench "first paste", issue 10). Once `preload()` (or a first render) has
 * loaded the module, this renders the component directly: nothing suspends, nothing waits.
 */
import { lazy, type ComponentType, type JSX } from 'react';

export interface Preloadable<P extends object> {
  readonly Component: (props: P) => JSX.Element;
  /** Loads the chunk (once); after it resolves, rendering never suspends. */
  readonly preload: () => Promise<void>;
}

/** A component loaded on demand from `load`, which resolves to the component itself. */
export function preloadable<P extends object>(load: () => Promise<ComponentType<P>>): Preloadable<P> {
  let loaded: ComponentType<P> | null = null;
  let pending: Promise<ComponentType<P>> | null = null;
  const fetchIt = () =>
    (pending ??= load().then(
      (c) => {
        loaded = c;
        return c;
      },
      (e: unknown) => {
        // Asked again on the next render; but a browser keeps a failed module import's answer for
        // the document's life (Chromium does), so only the reload ChunkFailed offers recovers.
        pending = null;
        throw e;
      },
    ));
  const Lazy = lazy(() => fetchIt().then((c) => ({ default: c })));
  function Component(props: P) {
    const Shown = (loaded ?? Lazy) as ComponentType<P>;
    return <Shown {...props} />;
  }
  // A failed preload is not an error of the page: the part says so when it is shown (ChunkBoundary).
  return { Component, preload: () => fetchIt().then(() => undefined, () => undefined) };
}
