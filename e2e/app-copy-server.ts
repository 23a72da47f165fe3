/**
 * A second, real `vite preview` of the production build, on its own port and from its own copy of
 * `dist/` (the offline tests). A copy, because the update test changes the service worker it serves
 * and the suite's shared server on port 4173 must not see that; its own origin, because a service
 * worker belongs to an origin and the other tests run with service workers blocked.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { preview } from 'vite';
import { freePort } from '../tests/local-server';


export interface AppCopy {
  readonly url: string;
  /** The copy of dist/ being served. */
  readonly dir: string;
  close(): Promise<void>;
}

/** Serves a fresh copy of the built app with the project's own vite.config.ts (its headers, its CSP). */
export async function serveAppCopy(options: { readonly env?: Readonly<Record<string, string>> } = {}): Promise<AppCopy> {
  const root = new URL('..', import.meta.url).pathname;
  const dir = mkdtempSync(join(tmpdir(), 'pith-app-copy-'));
  cpSync(join(root, 'dist'), dir, { recursive: true });
  const port = await freePort();
  // vite.config.ts reads its environment when it is loaded, which preview() does now (config/local-proxy.ts).
  const saved = Object.fromEntries(Object.keys(options.env ?? {}).map((k) => [k, process.env[k]]));
  Object.assign(process.env, options.env);
  const server = await preview({ root, logLevel: 'silent', build: { outDir: dir }, preview: { host: '127.0.0.1', port, strictPort: true } }).finally(() => {
    for (const [k, v] of Object.entries(saved)) if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  });
  return {
    url: `http://127.0.0.1:${port}`,
    dir,
    close: async () => {
      // Connections still open (a page's warm-up fetching later chunks) are cut first: a request
      // served after the copy is removed would fail the test that closed it with ENOENT.
      (server.httpServer as { closeAllConnections?: () => void }).closeAllConnections?.();
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
