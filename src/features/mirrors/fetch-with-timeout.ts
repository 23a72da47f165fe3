/** One fetch with a deadline, classified so the user is told WHY a mirror did not answer. */
export type FetchOutcome =
  | { readonly kind: 'ok'; readonly text: string; readonly status: number; readonly ms: number }
  | { readonly kind: 'not-found' | 'http-error' | 'offline' | 'timeout' | 'aborted'; readonly message: string; readonly ms: number };

export const MIRROR_TIMEOUT_MS = 8000;

export async function fetchText(url: string, signal: AbortSignal | undefined, timeoutMs = MIRROR_TIMEOUT_MS): Promise<FetchOutcome> {
  const started = performance.now();
  const ms = () => Math.round(performance.now() - started);
  const timeout = AbortSignal.timeout(timeoutMs);
  const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
  try {
    const res = await fetch(url, { signal: combined, headers: { Accept: 'application/json' }, credentials: 'omit' });
    if (res.status === 404 || res.status === 410) return { kind: 'not-found', message: `HTTP ${res.status}: the mirror has no such document`, ms: ms() };
    if (!res.ok) return { kind: 'http-error', message: `HTTP ${res.status} ${res.statusText}`.trim(), ms: ms() };
    const type = res.headers.get('content-type') ?? '';
    const text = await res.text();
    // Static hosts with an SPA fallback answer unknown paths with index.html and 200.
    if (/text\/html/i.test(type) || /^\s*<!doctype html/i.test(text)) return { kind: 'not-found', message: 'the mirror answered with an HTML page, not a JSON document', ms: ms() };
    return { kind: 'ok', text, status: res.status, ms: ms() };
  } catch (e) {
    if (timeout.aborted) return { kind: 'timeout', message: `no answer within ${timeoutMs / 1000} s`, ms: ms() };
    if (signal?.aborted) return { kind: 'aborted', message: 'cancelled', ms: ms() };
    return { kind: 'offline', message: `network error (offline, refused, or blocked by CORS): ${e instanceof Error ? e.message : String(e)}`, ms: ms() };
  }
}
