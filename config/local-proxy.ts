/**
 * `npm start`'s same-origin path to pith.science (issue 11). Whether pith.science sends CORS headers
 * is not known from here; when it does not, a browser refuses this app its records. A local user
 * runs the app through `vite preview` anyway, so that server can ask pith.science itself and answer
 * on the app's own origin, where no CORS is needed.
 *
 * On only when PITH_SCIENCE_PROXY names the upstream (`npm start` sets https://pith.science); the
 * static build and a plain `vite preview` have none of it. The page learns of the path from a
 * `<meta name="pith-science-proxy">` the server adds to the HTML it sends (a meta element, not a
 * script: the CSP stays as strict), and then asks the built-in pith.science mirror there
 * (src/features/settings/read-settings.ts).
 *
 * Only record documents, bundles and merged states are passed on (GET, the paths of FORMAT.md §5–§6),
 * so the server is not an open proxy; nothing from the browser (cookies, headers) is forwarded.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { SECURITY_HEADERS } from './security-policy.ts';

/** Where the page finds pith.science through the local server. */
export const PROXY_PATH = '/__pith-science';
export const PROXY_META = 'pith-science-proxy';

/** The paths passed on: a record, a bundle or a merged state of one 26-character suffix. */
const ALLOWED = /^\/pith\/[A-Z2-7]{26}(\.json|\/bundle\.json|\/state\.json)$/;
/** The app's own mirror fetch caps an answer at 16 MB (MIRROR_LIMITS); past this the proxy stops reading. */
const MAX_BYTES = 16 * 1024 * 1024;
/** Under the app's 8 s, so the page hears the proxy's reason rather than its own timeout. */
const TIMEOUT_MS = 7_000;
/**
 * What a passed-on answer is sent with, whatever the upstream said: JSON, never sniffed, and a
 * sandbox policy, so an HTML or script answer (an error page, a hostile upstream) can never run as
 * a page of the app's origin.
 */
const PASSED_ON_HEADERS = {
  'Content-Type': 'application/json; charset=utf-8',
  'X-Content-Type-Options': 'nosniff',
  'Content-Security-Policy': "default-src 'none'; sandbox",
  'Cache-Control': 'no-store',
} as const;

/** The upstream's body, read up to MAX_BYTES (a Content-Length can lie, so the stream is counted). */
async function readCapped(answer: Response): Promise<Buffer> {
  if (Number(answer.headers.get('content-length') ?? 0) > MAX_BYTES) throw new Error(`the answer is over ${MAX_BYTES} bytes`);
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of answer.body ?? []) {
    total += chunk.length;
    if (total > MAX_BYTES) throw new Error(`the answer is over ${MAX_BYTES} bytes`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/** The HTML with the meta element naming the proxy path, at the start of <head>. */
export function withProxyMeta(html: string): string {
  return html.replace(/<head>/i, `<head><meta name="${PROXY_META}" content="${PROXY_PATH}">`);
}

/** Why the upstream could not be read, for the 502 body the app shows as the mirror's answer. */
function reason(e: unknown): string {
  const cause = (e as { cause?: { code?: string } }).cause?.code;
  if ((e as Error).name === 'TimeoutError') return `no answer within ${TIMEOUT_MS / 1000} s`;
  return cause ?? (e as Error).message ?? String(e);
}

export function localProxy(upstream: string | undefined = process.env.PITH_SCIENCE_PROXY): Plugin {
  return {
    name: 'pith-local-proxy',
    configurePreviewServer(server) {
      if (!upstream) return;
      const base = upstream.replace(/\/+$/, '');
      const indexFile = resolve(server.config.root, server.config.build.outDir, 'index.html');
      server.config.logger.info(`  pith.science proxy: ${PROXY_PATH}/pith/… → ${base}/pith/…`);
      server.middlewares.use(async (req, res, next) => {
        const url = req.url ?? '/';
        if (url.startsWith(`${PROXY_PATH}/`)) {
          const path = url.slice(PROXY_PATH.length).split('?')[0] ?? '';
          if (req.method !== 'GET' || !ALLOWED.test(path)) {
            res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('The local proxy passes on only GET /pith/<SUFFIX>.json, /bundle.json and /state.json.');
            return;
          }
          try {
            // Redirects are not followed: the upstream is the one host this proxy asks, never one it names.
            const answer = await fetch(`${base}${path}`, { redirect: 'manual', signal: AbortSignal.timeout(TIMEOUT_MS), headers: { Accept: 'application/json' } });
            if (answer.status >= 300 && answer.status < 400) throw new Error(`it redirected (HTTP ${answer.status}), which this proxy does not follow`);
            res.writeHead(answer.status, PASSED_ON_HEADERS).end(await readCapped(answer));
          } catch (e) {
            res.writeHead(502, { ...PASSED_ON_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' }).end(`npm start's proxy could not reach ${base}: ${reason(e)}`);
          }
          return;
        }
        // The page: index.html itself (also when the service worker precaches it, with no text/html in
        // Accept, so the saved copy names the proxy too), and every route that is not a built file
        // (a deep link such as /arxiv/1704.04289 has a dot and is still a route).
        let path: string;
        try {
          path = decodeURIComponent(url.split('?')[0] ?? '/');
        } catch {
          return next();
        }
        const file = resolve(server.config.root, server.config.build.outDir, `.${path}`);
        const isFile = path !== '/' && existsSync(file) && statSync(file).isFile();
        const isIndex = path === '/' || path === '/index.html';
        const isRoute = !isFile && (req.headers.accept ?? '').includes('text/html');
        if (req.method !== 'GET' || !(isIndex || isRoute) || path.startsWith('/mirror/') || path.startsWith('/embed/')) return next();
        // Vite sends preview.headers only with the files it serves itself: the page's policy is set here.
        for (const [k, v] of Object.entries(SECURITY_HEADERS)) res.setHeader(k, v);
        res.setHeader('Content-Type', 'text/html; charset=utf-8');
        res.setHeader('Cache-Control', 'no-cache');
        try {
          res.end(withProxyMeta(readFileSync(indexFile, 'utf8')));
        } catch (e) {
          next(e);
        }
      });
    },
  };
}
