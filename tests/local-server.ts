/**
 * Real local HTTP servers for tests (mirrors, hosts): on 127.0.0.1 and a free port, closed by the
 * caller. Shared by the Vitest and Playwright suites.
 */
import { createServer, type RequestListener, type Server } from 'node:http';
import { createServer as createNetServer, type AddressInfo } from 'node:net';

export interface LocalServer {
  readonly server: Server;
  readonly url: string;
  readonly port: number;
  /** Closes the server and every connection still open (a trickling answer included). */
  close(): void;
}

/** Serves with `handler` on 127.0.0.1 at a free port. */
export async function serveLocal(handler: RequestListener): Promise<LocalServer> {
  const server = createServer(handler);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    server,
    url: `http://127.0.0.1:${port}`,
    port,
    close: () => {
      server.closeAllConnections();
      server.close();
    },
  };
}

/** Serves `files` (path → JSON text) as application/json, 404 for anything else; `other` answers first when it returns true. */
export function serveFiles(files: Readonly<Record<string, string>>, other?: (...a: Parameters<RequestListener>) => boolean): Promise<LocalServer> {
  return serveLocal((req, res) => {
    if (other?.(req, res)) return;
    const body = files[req.url ?? ''];
    if (body === undefined) res.writeHead(404).end();
    else res.writeHead(200, { 'Content-Type': 'application/json' }).end(body);
  });
}

/** A loopback port free right now, for a server a test starts as a child process (nginx, vite preview). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createNetServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as AddressInfo;
      s.close(() => resolve(port));
    });
  });
}
