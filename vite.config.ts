import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { VitePWA } from 'vite-plugin-pwa';
import { PWA_OPTIONS } from './config/pwa.ts';
import { localProxy } from './config/local-proxy.ts';
import { previewCors, securityPolicy } from './config/security-plugin.ts';
import { SECURITY_HEADERS } from './config/security-policy.ts';
import { firstLoadChunks } from './config/first-load-chunks.ts';

// The app is a static SPA: `vite preview` (and any static host with an index.html
// fallback) serves it together with the embedded sample mirror under public/.
/**
 * The verifier is one chunk (issue 10): the checks, the document schemas, canonical JSON, the crypto
 * adapters and their libraries. Loaded on first need (verify-client.ts), never with the first screen;
 * without this group Rolldown hoisted the modules several lazy chunks share into the entry chunk.
 * The few core modules the first screen itself needs (parsing a query, decoding a paste) stay out.
 */
const FIRST_SCREEN_CORE = /src\/core\/(documents\/(decode-input|sniff-input)|pith\/|query\/|mirrors\/|bytes|errors|key-text|text\/(visible|cut)-text|text\/format-count|read-capped|cite\/latex-macro|verify\/check-catalog|verify\/headline-text|crypto\/base32)/;
/** The noble half of the Ed25519 adapter: its own chunk, loaded only where WebCrypto lacks Ed25519 (src/core/crypto/ed25519.ts). */
const NOBLE_ED25519 = /src\/core\/crypto\/ed25519-noble|node_modules\/@noble\/ed25519\//;
function isVerifierModule(id: string): boolean {
  if (FIRST_SCREEN_CORE.test(id) || NOBLE_ED25519.test(id)) return false;
  return /src\/core\/(verify|documents|crypto|json|text|cite|report|diff|compute|keyring|user-keys)|node_modules\/(valibot|@noble\/hashes)\//.test(id);
}

const firstLoad = firstLoadChunks(
  {
    boot: { start: /\/src\/main\.ts$/, entry: true },
    // main.ts's on-demand imports before the first verdict: the verifier's two doors (verify-client.ts) and the first verdict's drawing code (its own chunk).
    lookup: { start: /\/src\/(core\/(verify\/verify-document|user-keys)|features\/record\/first-verdict)\.ts$/, own: /\/src\/features\/record\/first-verdict\.ts$/ },
    app: { start: /\/src\/app\/start-app\.tsx$/ },
    // What a first paste or lookup fetches next, each one chunk: as a dozen small ones they queued
    // behind HTTP/1.1's six connections and the verifier came 130 ms after the paste (2026-12-02).
    record: { start: /\/src\/features\/(record\/(record-page|file-record-page)|lookup\/query-error-page)\.tsx$/ },
    intake: { start: /\/src\/features\/intake\/take-input\.ts$/ },
  },
  { into: 'boot', of: ['lookup', 'app'] },
);
/**
 * TanStack Query's parts no first screen calls. The groups' closures count all a package index
 * re-exports, so without this they were put in boot although only lazy pages use them (useMutation:
 * settings; useQueries: near misses, record details): 2.4 KB gzip of the home page's first load.
 */
const NOT_ON_FIRST_LOAD = /node_modules\/@tanstack\/(react-query|query-core)\/build\/modern\/(use(Queries|Mutation|MutationState|IsFetching|IsMutating|SuspenseQuery|SuspenseQueries|SuspenseInfiniteQuery|InfiniteQuery|PrefetchQuery|PrefetchInfiniteQuery)|queriesObserver|mutationObserver|infiniteQueryObserver|HydrationBoundary|hydration|mutationOptions|infiniteQueryOptions)\.js$/;
/** What index.html loads on every page, before any dynamic import can run. */
const ALWAYS_LOADED = /(^|\/)assets\/(boot|rolldown-runtime)-[\w-]+\.js$/;
const notVerifier = (id: string) => !isVerifierModule(id) && !NOBLE_ED25519.test(id) && !NOT_ON_FIRST_LOAD.test(id);

// Source maps only in `npm run build:debug` (mode "debug"): they are megabytes nobody needs to load the app.
export default defineConfig(({ mode }) => ({
  // localProxy: npm start's same-origin path to pith.science, on only when PITH_SCIENCE_PROXY is set (config/local-proxy.ts).
  plugins: [react(), tailwindcss(), firstLoad.plugin, securityPolicy(), previewCors(), localProxy(), VitePWA(PWA_OPTIONS)],
  // wouter's use-sync-external-store shim is React's own hook in React 19 (config/use-sync-external-store-shim.ts).
  resolve: { alias: [{ find: /^use-sync-external-store\/shim(\/index\.js)?$/, replacement: fileURLToPath(new URL('./config/use-sync-external-store-shim.ts', import.meta.url)) }] },
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    sourcemap: mode === 'debug',
    // A dynamic import's preload list leaves out what index.html loads on every page (the boot chunk,
    // Rolldown's runtime): listed, they were names in every chunk's table, never fetched again.
    modulePreload: { resolveDependencies: (_file: string, deps: string[], { hostType }: { hostType: 'html' | 'js' }) => (hostType === 'html' ? deps : deps.filter((d) => !ALWAYS_LOADED.test(d))) },
    // includeDependenciesRecursively off: otherwise the light modules the verifier also uses (base32, bytes) are pulled in, and the first screen with them.
    rolldownOptions: { output: { codeSplitting: { includeDependenciesRecursively: false, groups: [
          { name: 'verifier', test: isVerifierModule, priority: 2 },
          // The first load's chunks by job, minus the verifier (config/first-load-chunks.ts).
          { name: 'boot', test: (id: string) => firstLoad.groupOf(id) === 'boot' && notVerifier(id), priority: 1 },
          { name: 'lookup', test: (id: string) => firstLoad.groupOf(id) === 'lookup' && notVerifier(id), priority: 1 },
          { name: 'app', test: (id: string) => firstLoad.groupOf(id) === 'app' && notVerifier(id), priority: 1 },
          { name: 'record', test: (id: string) => firstLoad.groupOf(id) === 'record' && notVerifier(id), priority: 1 },
          { name: 'intake', test: (id: string) => firstLoad.groupOf(id) === 'intake' && notVerifier(id), priority: 1 },
        ] } } },
  },
  preview: { port: 4173, strictPort: true, headers: { ...SECURITY_HEADERS } },
}));
