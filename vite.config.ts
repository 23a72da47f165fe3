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
const FIRST_SCREEN_CORE = /src\/core\/(documents\/(decode-input|sniff-input)|pith\/|query\/|mirrors\/|bytes|errors|key-text|text\/(visible|cut)-text|read-capped|cite\/latex-macro|verify\/check-catalog|verify\/headline-text|crypto\/base32)/;
/** The noble half of the Ed25519 adapter: its own chunk, loaded only where WebCrypto lacks Ed25519 (src/core/crypto/ed25519.ts). */
const NOBLE_ED25519 = /src\/core\/crypto\/ed25519-noble|node_modules\/@noble\/ed25519\//;
function isVerifierModule(id: string): boolean {
  if (FIRST_SCREEN_CORE.test(id) || NOBLE_ED25519.test(id)) return false;
  return /src\/core\/(verify|documents|crypto|json|text|cite|report|diff|compute|keyring|user-keys)|node_modules\/(valibot|@noble\/hashes)\//.test(id);
}

const firstLoad = firstLoadChunks({
  // The lookup's on-demand imports before the first verdict: the verifier's two doors (verify-client.ts) and the first verdict's drawing code (its own chunk).
  boot: { entry: /\/src\/main\.ts$/, dynamic: /\/src\/(core\/(verify\/verify-document|user-keys)|features\/record\/first-verdict)\.ts$/, own: /\/src\/features\/record\/first-verdict\.ts$/ },
  app: { entry: /\/src\/app\/start-app\.tsx$/ },
});
const notVerifier = (id: string) => !isVerifierModule(id) && !NOBLE_ED25519.test(id);

// Source maps only in `npm run build:debug` (mode "debug"): they are megabytes nobody needs to load the app.
export default defineConfig(({ mode }) => ({
  // localProxy: npm start's same-origin path to pith.science, on only when PITH_SCIENCE_PROXY is set (config/local-proxy.ts).
  plugins: [react(), tailwindcss(), firstLoad.plugin, securityPolicy(), previewCors(), localProxy(), VitePWA(PWA_OPTIONS)],
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    sourcemap: mode === 'debug',
    // includeDependenciesRecursively off: otherwise the light modules the verifier also uses (base32, bytes) are pulled in, and the first screen with them.
    rolldownOptions: { output: { codeSplitting: { includeDependenciesRecursively: false, groups: [
          { name: 'verifier', test: isVerifierModule, priority: 2 },
          // What the entry and React's start import statically, minus the verifier (config/first-load-chunks.ts).
          { name: 'boot', test: (id: string) => firstLoad.groupOf(id) === 'boot' && notVerifier(id), priority: 1 },
          { name: 'app', test: (id: string) => firstLoad.groupOf(id) === 'app' && notVerifier(id), priority: 1 },
        ] } } },
  },
  preview: { port: 4173, strictPort: true, headers: { ...SECURITY_HEADERS } },
}));
