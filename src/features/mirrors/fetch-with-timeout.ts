/**
 * The page's way of asking a mirror: the core's fetchMirrorText (src/core/mirrors/mirror-fetch.ts)
 * with the browser's fetch, its offline flag and its URL.
 */
import { fetchMirrorText, MIRROR_LIMITS, type FetchOutcome, type MirrorIo } from '../../core/mirrors/mirror-fetch';

/** The runtime the core's mirror reads use here; read at each call, since the page's URL changes. */
export function browserIo(): MirrorIo {
  return {
    fetch: (url, init) => fetch(url, init),
    isOffline: () => globalThis.navigator?.onLine === false,
    pageHref: globalThis.location?.href,
  };
}

/** One GET with the app's deadline and size cap (MIRROR_LIMITS unless given), classified. */
export function fetchText(url: string, signal: AbortSignal | undefined, timeoutMs = MIRROR_LIMITS.timeoutMs, maxBytes = MIRROR_LIMITS.maxBytes): Promise<FetchOutcome> {
  return fetchMirrorText(url, browserIo(), { timeoutMs, maxBytes }, signal);
}
