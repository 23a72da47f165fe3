/**
 * One GET from a mirror, with a deadline and a size cap, classified so the user is told WHY a mirror
 * did not answer (docs/UX.md #1). The core does no I/O: the caller passes its `fetch` (the page's,
 * a worker's, node's) and how to tell that the runtime is offline. The app, the badge and the CLI all
 * read mirrors through this one function, so they refuse the same answers for the same reasons.
 *
 * @module mirror-fetch
 */
import { decodeInput } from '../documents/decode-input';
import { readCapped, type ByteReader } from '../read-capped';

/** The part of a fetch Response this module reads (WHATWG fetch; undici's in node is the same). */
export interface MirrorResponse {
  readonly ok: boolean;
  readonly status: number;
  readonly statusText?: string;
  readonly redirected: boolean;
  readonly url: string;
  readonly headers: MirrorHeaders;
  /** The answer's bytes as a stream; null for an answer with no body. */
  readonly body: MirrorBody | null;
}

/** The answer's headers, as fetch's Headers gives them. */
export interface MirrorHeaders {
  /** The header's value, or null when the answer has none. */
  get(name: string): string | null;
}

/** The answer's body, as fetch's ReadableStream gives it. */
export interface MirrorBody {
  /** A reader of the body's bytes (read-capped.ts reads it, and cancels it past the cap). */
  getReader(): ByteReader;
}

/** The request every mirror gets: no cookies or credentials, JSON asked for, and a signal. */
export interface MirrorRequestInit {
  readonly signal: AbortSignal;
  readonly headers: Readonly<Record<string, string>>;
  readonly credentials: 'omit';
}

/** What the core needs from its runtime to ask a mirror. */
export interface MirrorIo {
  /** WHATWG fetch, or any function that answers like it: globalThis.fetch fits. */
  readonly fetch: (url: string, init: MirrorRequestInit) => Promise<MirrorResponse>;
  /** True only when the runtime knows it has no network (the browser's navigator.onLine === false). */
  readonly isOffline?: () => boolean;
  /**
   * The page's own URL, where there is one: relative mirror URLs (/mirror) resolve against it, and
   * offline, a same-origin URL is one the service worker would have answered had it saved it.
   */
  readonly pageHref?: string;
}

export type FetchFailureKind = 'not-found' | 'http-error' | 'offline' | 'unreachable' | 'timeout' | 'aborted' | 'too-large' | 'bad-bytes';

/** One fetch's outcome: the text, or the kind of failure and a sentence saying what happened. */
export type FetchOutcome =
  | { readonly kind: 'ok'; readonly text: string; readonly status: number; readonly ms: number }
  | { readonly kind: FetchFailureKind; readonly message: string; readonly ms: number };

export interface FetchLimits {
  /** For the whole answer, body included: a mirror that trickles its bytes is cut off too. */
  readonly timeoutMs: number;
  /** Bytes; a Content-Length can lie, so the stream itself is counted. */
  readonly maxBytes: number;
}

/** The app's limits: the seed record is 7.5 KB, a sharded root a few KB and a shard ~15 KB (capped at 1 MB in alias-fetch.ts). */
export const MIRROR_LIMITS: FetchLimits = { timeoutMs: 8000, maxBytes: 16 * 1024 * 1024 };

const size = (bytes: number) => (bytes >= 1024 * 1024 ? `${bytes / 1024 / 1024} MB` : `${bytes} bytes`);

/**
 * GETs `url` within `limits` and decodes the answer as strict UTF-8. Never throws: every failure,
 * cancellation included (kind 'aborted'), is an outcome with a message.
 */
export async function fetchMirrorText(url: string, io: MirrorIo, limits: FetchLimits = MIRROR_LIMITS, signal?: AbortSignal): Promise<FetchOutcome> {
  const started = Date.now();
  const ms = () => Date.now() - started;
  const timeout = AbortSignal.timeout(limits.timeoutMs);
  const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
  let absolute: URL;
  try {
    absolute = new URL(url, io.pageHref);
  } catch {
    return { kind: 'unreachable', message: `'${url}' is not a URL`, ms: 0 };
  }
  try {
    const res = await io.fetch(absolute.href, { signal: combined, headers: { Accept: 'application/json' }, credentials: 'omit' });
    // A mirror serves at the URLs it was added with. A redirect within its own origin is followed; one
    // to another origin is refused: it would move lookups to a host the user never chose (and the
    // app's CSP already stops one to plain http, config/security-policy.ts).
    if (res.redirected && new URL(res.url).origin !== absolute.origin) {
      void res.body?.getReader().cancel();
      return { kind: 'http-error', message: `the mirror redirected to ${new URL(res.url).origin}, another host; a mirror must answer at its own URLs, so the answer was not read`, ms: ms() };
    }
    if (res.status === 404 || res.status === 410) return { kind: 'not-found', message: `HTTP ${res.status}: the mirror has no such document`, ms: ms() };
    if (!res.ok) return { kind: 'http-error', message: `HTTP ${res.status} ${res.statusText ?? ''}`.trim(), ms: ms() };
    const declared = Number(res.headers.get('content-length') ?? NaN);
    const bytes = declared > limits.maxBytes ? 'too-big' : res.body ? await readCapped(res.body.getReader(), limits.maxBytes) : new Uint8Array(0);
    if (bytes === 'too-big') return { kind: 'too-large', message: `the answer is over ${size(limits.maxBytes)}, more than any record needs; it was not read`, ms: ms() };
    // The same strict decoding as a dropped file: bytes that are not UTF-8 are never verified as U+FFFD.
    const decoded = decodeInput(bytes);
    if (!decoded.ok) return { kind: 'bad-bytes', message: decoded.error.message, ms: ms() };
    const text = decoded.value;
    // Static hosts with an SPA fallback answer unknown paths with index.html and 200.
    if (/text\/html/i.test(res.headers.get('content-type') ?? '') || /^\s*<!doctype html/i.test(text)) {
      return { kind: 'not-found', message: 'the mirror answered with an HTML page, not a JSON document', ms: ms() };
    }
    return { kind: 'ok', text, status: res.status, ms: ms() };
  } catch (e) {
    if (timeout.aborted) return { kind: 'timeout', message: `no whole answer within ${limits.timeoutMs / 1000} s`, ms: ms() };
    if (signal?.aborted) return { kind: 'aborted', message: 'cancelled', ms: ms() };
    // navigator.onLine false is reliable (true is only a guess): the browser has no network, so the
    // mirror was never reached, and saying "refused or CORS" would blame the wrong thing (UX.md #1).
    if (io.isOffline?.() === true) {
      // Same origin: the service worker's saved copy answered for what it holds, and this is not in it.
      const saved = io.pageHref !== undefined && absolute.origin === new URL(io.pageHref).origin;
      return { kind: 'offline', message: saved ? 'this browser is offline, and this document is not among those saved for offline use' : 'this browser is offline, so the mirror could not be asked', ms: ms() };
    }
    // Only a browser refuses an answer for want of CORS headers; node says why in the error's cause.
    const why = io.pageHref !== undefined ? 'the server refused, does not exist, or the browser blocked the answer by CORS' : 'the server refused or does not exist';
    const cause = e instanceof Error && e.cause instanceof Error ? ` (${(e.cause as Error & { code?: string }).code ?? e.cause.message})` : '';
    return { kind: 'unreachable', message: `network error (${why}): ${e instanceof Error ? e.message : String(e)}${cause}`, ms: ms() };
  }
}
