/**
 * The app's Content-Security-Policy and security headers, in one place: the build writes the policy
 * into `index.html` (a meta element) and a `_headers` file (Netlify / Cloudflare Pages format) into
 * `dist/`, and `vite preview` sends the same headers, so what is tested is what is deployed.
 *
 * Why each source is allowed:
 *  - script-src 'self' 'wasm-unsafe-eval': our own bundles, and compiling the WebAssembly SHA-256
 *    (hash-wasm) the batch workers use. No inline script and no eval: the build emits none.
 *  - style-src 'self': one CSS file. React's `style` props are set through the CSSOM, which CSP allows.
 *  - img-src 'self' data: — the favicon is an inline SVG data URL (no request after load).
 *  - connect-src 'self' https: + http on loopback: mirrors are chosen by the user at run time (settings),
 *    so a static policy cannot name them. The settings rule is "https anywhere, plain http only on this
 *    machine" (src/core/mirrors/mirror-config.ts) and the policy says exactly that, so the browser
 *    enforces the same rule a second time. A deployment with a fixed mirror list can narrow it to
 *    those origins in `_headers` (README, "Security policy (CSP) and headers").
 *  - worker-src 'self': the verify and batch module workers come from our own origin.
 *  - object-src 'none', base-uri 'none', form-action 'none': no plugins, no <base> rewriting, no forms
 *    that post anywhere.
 *  - frame-ancestors 'none' only in headers: browsers ignore it in a meta element (CSP3 §6.4.2).
 */

/**
 * The hosts the settings let plain http reach (PLAIN_HTTP_HOSTS in src/core/mirrors/mirror-config.ts),
 * any port; tests/security-policy.test.ts holds the two lists equal. Not imported: the Vite config
 * would then load the core's extensionless imports.
 */
export const LOOPBACK_HTTP = ['http://localhost:*', 'http://*.localhost:*', 'http://127.0.0.1:*'];

const DIRECTIVES: readonly (readonly [string, readonly string[]])[] = [
  ['default-src', ["'self'"]],
  ['script-src', ["'self'", "'wasm-unsafe-eval'"]],
  ['style-src', ["'self'"]],
  ['img-src', ["'self'", 'data:']],
  ['font-src', ["'self'"]],
  ['connect-src', ["'self'", 'https:', ...LOOPBACK_HTTP]],
  ['worker-src', ["'self'"]],
  ['manifest-src', ["'self'"]],
  ['object-src', ["'none'"]],
  ['base-uri', ["'none'"]],
  ['form-action', ["'none'"]],
];

/** Directives a meta element cannot carry (CSP3 §3.3: frame-ancestors, report-uri, sandbox). */
const HEADER_ONLY: readonly (readonly [string, readonly string[]])[] = [['frame-ancestors', ["'none'"]]];

function serialise(directives: readonly (readonly [string, readonly string[]])[]): string {
  return directives.map(([name, sources]) => `${name} ${sources.join(' ')}`).join('; ');
}

/** The policy for the `<meta http-equiv="Content-Security-Policy">` element of the built index.html. */
export const META_CSP = serialise(DIRECTIVES);

/** The full policy, for the HTTP header. */
export const HEADER_CSP = serialise([...DIRECTIVES, ...HEADER_ONLY]);

/** Every header the app is served with, static host or `vite preview`. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': HEADER_CSP,
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
};

/**
 * Cache lifetimes for a static host. Hashed chunks never change, so they are kept for a year; the
 * service worker script and the page that loads it are revalidated on every visit, so a new version
 * is found at once (and then announced, config/pwa.ts), not a day later.
 */
export const CACHE_RULES: readonly (readonly [path: string, cacheControl: string])[] = [
  ['/assets/*', 'public, max-age=31536000, immutable'],
  ['/sw.js', 'no-cache'],
  ['/index.html', 'no-cache'],
  ['/manifest.webmanifest', 'no-cache'],
];

/**
 * Paths other sites load from: the badge script (a cross-origin module script is fetched with CORS)
 * and the embedded mirror (which badges read). Public, static and credential-free, so any origin.
 */
export const CORS_PATHS: readonly string[] = ['/embed/', '/mirror/'];

/** The `_headers` file that Netlify and Cloudflare Pages read: the security headers on every path, then cache and CORS rules. */
export function headersFile(): string {
  const lines = Object.entries(SECURITY_HEADERS).map(([k, v]) => `  ${k}: ${v}`);
  const cache = CACHE_RULES.map(([path, value]) => `${path}\n  Cache-Control: ${value}\n`).join('');
  const cors = CORS_PATHS.map((path) => `${path}*\n  Access-Control-Allow-Origin: *\n`).join('');
  return `# Written by the build from config/security-policy.ts; edit that file, not this one.\n/*\n${lines.join('\n')}\n${cache}${cors}`;
}
