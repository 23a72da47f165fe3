/**
 * The entry (index.html). What a page needs first is fetched at once, in parallel, not one chunk
 * after another: with the boot chunk (modulepreloaded by index.html), on a deep link that shows its
 * verdict before React (features/record/first-verdict-query.ts), the first verdict's code and the
 * verifier (app/boot.ts); on any other page, React's app.
 *
 * Measured 2026-12-02 (`npm run bench:first-load`, 2-core EPYC): with boot importing the verifier
 * only once it ran, the deep link's verdict came 171 ms after navigation (3.1× the static page); a
 * timeline showed the boot and resolver facades as one more round trip each before the record fetch.
 */
import './index.css';
import { boot } from './app/boot';
import { firstVerdictQuery } from './features/record/first-verdict-query';

const ignore = () => undefined;
const query = firstVerdictQuery(window.location.pathname);
if (query) {
  // The first verdict's drawing code, and the modules verify-client.ts imports on demand: one fetch each, shared.
  for (const early of [import('./features/record/first-verdict'), import('./core/verify/verify-document'), import('./core/user-keys')]) early.catch(ignore);
} else import('./app/start-app').catch(ignore);

await boot(query);
