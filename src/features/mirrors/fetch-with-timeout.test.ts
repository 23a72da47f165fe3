// How a failed fetch is named (issue 10): "offline" only when the browser says it has no network;
// a server that refuses is "unreachable". Against real local servers, not mocks.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { fetchText } from './fetch-with-timeout';

let server: Server;
let base = '';
beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === '/ok.json') res.writeHead(200, { 'Content-Type': 'application/json' }).end('{"a":1}');
    else if (req.url === '/slow.json') setTimeout(() => res.writeHead(200).end('{}'), 2000);
    else res.writeHead(404).end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});
afterEach(() => vi.unstubAllGlobals());

// Port 9 (discard) on loopback: nothing listens, the connection is refused at once.
const REFUSED = 'http://127.0.0.1:9/x.json';

describe('fetchText', () => {
  it('reads an answer and names a 404', async () => {
    expect(await fetchText(`${base}/ok.json`, undefined)).toMatchObject({ kind: 'ok', text: '{"a":1}', status: 200 });
    expect(await fetchText(`${base}/nope.json`, undefined)).toMatchObject({ kind: 'not-found' });
  });

  it('names a refused connection unreachable while the browser has a network', async () => {
    vi.stubGlobal('navigator', { onLine: true });
    const got = await fetchText(REFUSED, undefined);
    expect(got.kind).toBe('unreachable');
    expect(got.kind !== 'ok' && got.message).toMatch(/^network error \(the server refused/);
  });

  it('names the same failure offline when the browser says it has no network', async () => {
    vi.stubGlobal('navigator', { onLine: false });
    expect(await fetchText(REFUSED, undefined)).toMatchObject({ kind: 'offline', message: 'this browser is offline, so the mirror could not be asked' });
  });

  it('a timeout stays a timeout, offline or not', async () => {
    vi.stubGlobal('navigator', { onLine: false });
    expect(await fetchText(`${base}/slow.json`, undefined, 200)).toMatchObject({ kind: 'timeout' });
  });
});
