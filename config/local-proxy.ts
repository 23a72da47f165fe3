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
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { SECURITY_HEADERS } from './security-policy.ts';

/** Where the page finds pith.science through the local server. */
export const PROXY_PATH = '/__pith-science';
export const PROXY_META = 'pith-science-proxy';

/** The paths passed on: a record, a bundle or a merged state of one 26-character suffix. */
const ALLOWED = /^\/pith\/[A-Z2-7]{26}(\.json|\/bundle\.json|\/state\.json)$/;
/** The app's own mirror fetch caps a record at 256 MB; past this the proxy stops reading. */
const MAX_BYTES = 256 * 1024 * 1024;
const TIMEOUT_MS = 20_000;

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
            const answer = await fetch(`${base}${path}`, { redirect: 'follow', signal: AbortSignal.timeout(TIMEOUT_MS), headers: { Accept: 'application/json' } });
            const body = Buffer.from(await answer.arrayBuffer());
            if (body.length > MAX_BYTES) throw new Error(`the answer is over ${MAX_BYTES} bytes`);
            res.writeHead(answer.status, { 'Content-Type': answer.headers.get('content-type') ?? 'application/octet-stream', 'Cache-Control': 'no-store' }).end(body);
          } catch (e) {
            res.writeHead(502, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' }).end(`npm start's proxy could not reach ${base}: ${reason(e)}`);
          }
          return;
        }
        // A page load (the SPA's routes and index.html): the built page with the meta element added.
        const accept = req.headers.accept ?? '';
        const isPage = req.method === 'GET' && accept.includes('text/html') && (url === '/' || url.startsWith('/index.html') || !/\.[a-z0-9]+(\?|$)/i.test(url.split('?')[0] ?? ''));
        if (!isPage || url.startsWith('/mirror/') || url.startsWith('/embed/')) return next();
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
