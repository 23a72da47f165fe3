/**
 * The entry (index.html). What a page needs first is fetched at once, in parallel, not one chunk
 * after another: the boot chunk (modulepreloaded by index.html, config/boot-preload.ts), and on a
 * deep link that may show its verdict before React (features/record/first-verdict-query.ts) the
 * first verdict's code and the verifier, on any other page React's app.
 *
 * This module imports nothing statically, so that it runs as soon as it has arrived: when it
 * imported the boot chunk, its early fetches waited for boot's 25 KB (the verifier's fetch began
 * ~65 ms after navigation, boot's ~35 ms; Resource Timing, 2026-12-03). `mayShowFirstVerdict` only
 * guesses which chunks to fetch first; boot decides with firstVerdictQuery.
 *
 * Measured 2026-12-02 (`npm run bench:first-load`, 2-core EPYC): with boot importing the verifier
 * only once it ran, the deep link's verdict came 171 ms after navigation (3.1× the static page); a
 * timeline showed the boot and resolver facades as one more round trip each before the record fetch.
 */
import './index.css';

const ignore = () => undefined;

/** `/pith/<one segment>` holding at least a whole suffix's 26 letters and digits (first-verdict-query.ts decides). */
function mayShowFirstVerdict(pathname: string): boolean {
  const m = /^\/pith\/([^/]+)\/?$/.exec(pathname);
  return m !== null && m[1]!.replace(/[^0-9a-z]/gi, '').length >= 26;
}

if (mayShowFirstVerdict(window.location.pathname)) {
  // The first verdict's drawing code, and the modules verify-client.ts imports on demand: one fetch each, shared.
  for (const early of [import('./features/record/first-verdict'), import('./core/verify/verify-document'), import('./core/user-keys')]) early.catch(ignore);
} else import('./app/start-app').catch(ignore);

const { boot } = await import('./app/boot');
await boot();
