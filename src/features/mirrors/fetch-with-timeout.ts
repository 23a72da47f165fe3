import { decodeInput } from '../../core/documents/decode-input';
import { readCapped } from '../../core/read-capped';

/** One fetch with a deadline and a size cap, classified so the user is told WHY a mirror did not answer. */
export type FetchOutcome =
  | { readonly kind: 'ok'; readonly text: string; readonly status: number; readonly ms: number }
  | { readonly kind: 'not-found' | 'http-error' | 'offline' | 'unreachable' | 'timeout' | 'aborted' | 'too-large' | 'bad-bytes'; readonly message: string; readonly ms: number };

export const MIRROR_TIMEOUT_MS = 8000;
/** A mirror's answer is refused past this size: the seed record is 7.5 KB, an alias index a few hundred KB. */
export const MAX_RESPONSE_BYTES = 16 * 1024 * 1024;

/** The body's bytes, reading no more than `cap` (a Content-Length can lie, so the stream is counted). */
async function readBody(res: Response, cap: number): Promise<Uint8Array | null> {
  const declared = Number(res.headers.get('content-length') ?? NaN);
  if (declared > cap) return null;
  if (!res.body) return new Uint8Array(await res.arrayBuffer());
  const got = await readCapped(res.body.getReader(), cap);
  return got === 'too-big' ? null : got;
}

export async function fetchText(url: string, signal: AbortSignal | undefined, timeoutMs = MIRROR_TIMEOUT_MS, maxBytes = MAX_RESPONSE_BYTES): Promise<FetchOutcome> {
  const started = performance.now();
  const ms = () => Math.round(performance.now() - started);
  const timeout = AbortSignal.timeout(timeoutMs);
  const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
  try {
    const res = await fetch(url, { signal: combined, headers: { Accept: 'application/json' }, credentials: 'omit' });
    // A mirror serves at the URLs it was added with. A redirect within its own origin is followed; one
    // to another origin is refused: it would move lookups to a host the user never chose (and the
    // app's CSP already stops one to plain http, config/security-policy.ts).
    if (res.redirected && new URL(res.url).origin !== new URL(url, globalThis.location?.href).origin) {
      void res.body?.cancel();
      return { kind: 'http-error', message: `the mirror redirected to ${new URL(res.url).origin}, another host; a mirror must answer at its own URLs, so the answer was not read`, ms: ms() };
    }
    if (res.status === 404 || res.status === 410) return { kind: 'not-found', message: `HTTP ${res.status}: the mirror has no such document`, ms: ms() };
    if (!res.ok) return { kind: 'http-error', message: `HTTP ${res.status} ${res.statusText}`.trim(), ms: ms() };
    const type = res.headers.get('content-type') ?? '';
    const bytes = await readBody(res, maxBytes);
    if (bytes === null) return { kind: 'too-large', message: `the answer is over ${maxBytes / 1024 / 1024} MB, more than any record needs; it was not read`, ms: ms() };
    // The same strict decoding as a dropped file: bytes that are not UTF-8 are never verified as U+FFFD.
    const decoded = decodeInput(bytes);
    if (!decoded.ok) return { kind: 'bad-bytes', message: decoded.error.message, ms: ms() };
    const text = decoded.value;
    // Static hosts with an SPA fallback answer unknown paths with index.html and 200.
    if (/text\/html/i.test(type) || /^\s*<!doctype html/i.test(text)) return { kind: 'not-found', message: 'the mirror answered with an HTML page, not a JSON document', ms: ms() };
    return { kind: 'ok', text, status: res.status, ms: ms() };
  } catch (e) {
    if (timeout.aborted) return { kind: 'timeout', message: `no answer within ${timeoutMs / 1000} s`, ms: ms() };
    if (signal?.aborted) return { kind: 'aborted', message: 'cancelled', ms: ms() };
    // navigator.onLine false is reliable (true is only a guess): the browser has no network, so the
    // mirror was never reached, and saying "refused or CORS" would blame the wrong thing (UX.md #1).
    if (globalThis.navigator?.onLine === false) {
      // Same origin: the service worker's saved copy answered for what it holds, and this is not in it.
      const saved = globalThis.location !== undefined && new URL(url, globalThis.location.href).origin === globalThis.location.origin;
      return { kind: 'offline', message: saved ? 'this browser is offline, and this document is not among those saved for offline use' : 'this browser is offline, so the mirror could not be asked', ms: ms() };
    }
    return { kind: 'unreachable', message: `network error (the server refused, does not exist, or the browser blocked the answer by CORS): ${e instanceof Error ? e.message : String(e)}`, ms: ms() };
  }
}
