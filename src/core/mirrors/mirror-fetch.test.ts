// What the core refuses to read from a mirror, and how it names each failure, against a real local
// server with node's own fetch (the runtime the CLI gives it; the page gives the browser's).
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchMirrorText, type MirrorIo } from './mirror-fetch';

let server: Server;
let other: Server;
let base = '';
let otherBase = '';
const seen: { url: string; cookie: string | undefined; accept: string | undefined }[] = [];

beforeAll(async () => {
  other = createServer((_req, res) => res.writeHead(200, { 'Content-Type': 'application/json' }).end('{"moved":true}'));
  await new Promise<void>((r) => other.listen(0, '127.0.0.1', r));
  otherBase = `http://localhost:${(other.address() as AddressInfo).port}`;
  server = createServer((req, res) => {
    seen.push({ url: req.url ?? '', cookie: req.headers.cookie, accept: req.headers.accept });
    const json = { 'Content-Type': 'application/json' };
    switch (req.url) {
      case '/ok.json':
        return void res.writeHead(200, json).end('{"a":"é"}');
      case '/gone.json':
        return void res.writeHead(410).end();
      case '/error.json':
        return void res.writeHead(503, 'Service Unavailable').end();
      case '/spa.json':
        return void res.writeHead(200, { 'Content-Type': 'text/html' }).end('<!doctype html><p>app</p>');
      case '/latin1.json':
        return void res.writeHead(200, json).end(Buffer.from([0x7b, 0x22, 0xe9, 0x22, 0x7d]));
      case '/lying-length.json':
        // Says 10 bytes, sends 5000 (chunked): the stream is counted, not the header.
        res.writeHead(200, json);
        res.write('['.padEnd(2500, ' '));
        return void res.end(']'.padStart(2500, ' '));
      case '/big-declared.json':
        return void res.writeHead(200, { ...json, 'Content-Length': '999999' }).end('{}'.padEnd(999999, ' '));
      case '/moved-here.json':
        return void res.writeHead(302, { Location: '/ok.json' }).end();
      case '/moved-away.json':
        return void res.writeHead(302, { Location: `${otherBase}/x.json` }).end();
      case '/slow.json':
        return void setTimeout(() => res.writeHead(200, json).end('{}'), 2000);
      default:
        res.writeHead(404).end();
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  for (const s of [server, other]) {
    s.closeAllConnections();
    s.close();
  }
});

const io = (over: Partial<MirrorIo> = {}): MirrorIo => ({ fetch: (url, init) => fetch(url, init), ...over });
const get = (path: string, over: Partial<MirrorIo> = {}, limits = { timeoutMs: 5000, maxBytes: 4096 }) => fetchMirrorText(path.startsWith('http') ? path : `${base}${path}`, io(over), limits);
// A loopback port that was just freed: nothing listens, the connection is refused at once. (Port 9
// would be refused by fetch itself, before connecting: it is on the Fetch standard's "bad port" list.)
let REFUSED = '';
beforeAll(async () => {
  const gone = createServer();
  await new Promise<void>((r) => gone.listen(0, '127.0.0.1', r));
  REFUSED = `http://127.0.0.1:${(gone.address() as AddressInfo).port}/x.json`;
  await new Promise((r) => gone.close(r));
});

describe('fetchMirrorText', () => {
  it('reads an answer as strict UTF-8, asking for JSON and sending no cookie', async () => {
    expect(await get('/ok.json')).toMatchObject({ kind: 'ok', text: '{"a":"é"}', status: 200 });
    expect(seen.find((s) => s.url === '/ok.json')).toMatchObject({ cookie: undefined, accept: 'application/json' });
    expect(await get('/latin1.json')).toMatchObject({ kind: 'bad-bytes', message: expect.stringMatching(/UTF-8/) });
  });

  it('names a missing document, a server error and an SPA fallback page', async () => {
    expect(await get('/nope.json')).toMatchObject({ kind: 'not-found', message: 'HTTP 404: the mirror has no such document' });
    expect(await get('/gone.json')).toMatchObject({ kind: 'not-found', message: 'HTTP 410: the mirror has no such document' });
    expect(await get('/error.json')).toMatchObject({ kind: 'http-error', message: 'HTTP 503 Service Unavailable' });
    expect(await get('/spa.json')).toMatchObject({ kind: 'not-found', message: 'the mirror answered with an HTML page, not a JSON document' });
  });

  it('counts the bytes that come, whatever the Content-Length says', async () => {
    expect(await get('/lying-length.json')).toMatchObject({ kind: 'too-large', message: expect.stringContaining('over 4096 bytes') });
    expect(await get('/lying-length.json', {}, { timeoutMs: 5000, maxBytes: 10_000 })).toMatchObject({ kind: 'ok' });
    expect(await get('/big-declared.json')).toMatchObject({ kind: 'too-large' });
  });

  it('follows a redirect within the mirror’s origin and refuses one to another host', async () => {
    expect(await get('/moved-here.json')).toMatchObject({ kind: 'ok', text: '{"a":"é"}' });
    expect(await get('/moved-away.json')).toMatchObject({ kind: 'http-error', message: expect.stringContaining(`redirected to ${otherBase}, another host`) });
  });

  it('tells unreachable from offline by what the runtime says, and a same-origin miss from a remote one', async () => {
    expect(await get(REFUSED)).toMatchObject({ kind: 'unreachable', message: 'network error (the server refused or does not exist): fetch failed (ECONNREFUSED)' });
    // In a page, CORS is one of the causes the browser hides behind the same error.
    expect(await get(REFUSED, { pageHref: 'http://127.0.0.1:1/' })).toMatchObject({ message: expect.stringMatching(/refused.*CORS/) });
    expect(await get(REFUSED, { isOffline: () => false })).toMatchObject({ kind: 'unreachable' });
    expect(await get(REFUSED, { isOffline: () => true })).toMatchObject({ kind: 'offline', message: 'this browser is offline, so the mirror could not be asked' });
    const page = { isOffline: () => true, pageHref: 'http://127.0.0.1:9/pith/X' };
    expect(await fetchMirrorText('/mirror/pith/X.json', io(page))).toMatchObject({ kind: 'offline', message: expect.stringContaining('not among those saved for offline use') });
  });

  it('keeps a timeout a timeout, and a cancellation a cancellation', async () => {
    expect(await get('/slow.json', { isOffline: () => true }, { timeoutMs: 200, maxBytes: 4096 })).toMatchObject({ kind: 'timeout', message: 'no whole answer within 0.2 s' });
    const stop = new AbortController();
    const pending = fetchMirrorText(`${base}/slow.json`, io(), { timeoutMs: 5000, maxBytes: 4096 }, stop.signal);
    stop.abort();
    expect(await pending).toMatchObject({ kind: 'aborted' });
  });

  it('says a relative URL with no page to resolve it against is not a URL, without fetching', async () => {
    let called = false;
    const got = await fetchMirrorText('/mirror/x.json', { fetch: () => ((called = true), Promise.reject(new Error('no'))) });
    expect(got).toMatchObject({ kind: 'unreachable', message: "'/mirror/x.json' is not a URL" });
    expect(called).toBe(false);
  });
});
