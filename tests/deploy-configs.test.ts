// The example configs for serving a mirror (issue 11, docs/DEPLOY-MIRROR.md): deploy/mirror/nginx.conf
// is served by a real nginx over a tree pith-mirror build wrote, and deploy/mirror/_headers is read
// the way Netlify and Cloudflare Pages read it. One table of expectations drives both, and each
// path must get from _headers exactly what nginx sent, so the two configs cannot drift apart.
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildMirror } from '../src/cli/mirror-build';
import { Keyring } from '../src/core/keyring';
import { fetchMirrorText, MIRROR_LIMITS, type MirrorRequestInit, type MirrorResponse } from '../src/core/mirrors/mirror-fetch';
import { shardOf } from '../src/core/mirrors/shard-of';
import { verifyText } from '../src/core/verify/verify-document';
import { freePort } from './local-server';

const root = new URL('..', import.meta.url).pathname;
const NGINX = '/usr/sbin/nginx';
const SEED = 'UTTGU3KIYM6JKD6ALUV7A7CX74';
const ORIGIN = 'http://localhost:4173'; // the app's origin under `npm start`
const CHECKED = ['access-control-allow-origin', 'content-type', 'x-content-type-options', 'cache-control'] as const;
const JSON_TYPE = 'application/json; charset=utf-8';

interface Row {
  readonly kind: string;
  readonly path: string;
  readonly status: 200 | 404;
  readonly cache: string;
}
let rows: Row[] = [];
let workDir = '';
let tree = '';
let base = '';
let nginx: ChildProcess | undefined;
let nginxLog = '';
/** What nginx sent for each row's path, as the checked headers (lower-case names). */
const sent = new Map<string, Record<string, string | null>>();

// ---- the _headers file, read as the two hosts document it -----------------------------------
// Cloudflare Pages (developers.cloudflare.com/pages/configuration/headers): a rule is a URL pattern
// at column 0 and indented `Name: value` lines; `*` (one per rule) matches anything greedily, `:name`
// one path segment; every matching rule applies, and a header set twice is joined with a comma.
// Netlify (its headers-parser, netlify/build): lines are trimmed, a path starts with `/`; `:name` is
// one segment, a standalone `*` segment matches the rest *and its slash is optional*, matching is
// case-insensitive with an optional trailing slash; when rules repeat a header one value is kept.
// The merges differ, so the file must never set one header in two rules that match the same path.
interface Rule {
  readonly pattern: string;
  readonly headers: readonly (readonly [name: string, value: string])[];
}

function parseHeadersFile(text: string): Rule[] {
  const rules: { pattern: string; headers: [string, string][] }[] = [];
  text.split('\n').forEach((line, i) => {
    if (line.trim() === '' || line.startsWith('#')) return;
    if (!/^\s/.test(line)) {
      if (!line.startsWith('/')) throw new Error(`_headers line ${i + 1}: a rule starts with /: ${line}`);
      rules.push({ pattern: line.trimEnd(), headers: [] });
      return;
    }
    const m = /^\s+([A-Za-z0-9-]+):\s*(\S.*?)\s*$/.exec(line);
    if (!m || rules.length === 0) throw new Error(`_headers line ${i + 1}: neither a rule, a comment nor a header under a rule: ${line}`);
    rules.at(-1)!.headers.push([m[1]!, m[2]!]);
  });
  return rules;
}

const escape = (s: string) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
const MATCHERS = {
  cloudflare: (pattern: string) => new RegExp(`^${pattern.split(/(\*|:[A-Za-z]\w*)/).map((p) => (p === '*' ? '.*' : p.startsWith(':') ? '[^/]+' : escape(p))).join('')}$`),
  netlify: (pattern: string) => {
    const parts = pattern.split('/').filter(Boolean).map((p) => (p.startsWith(':') ? '[^/]+' : p === '*' ? '?.*' : p.split('*').map(escape).join('.*')));
    return new RegExp(`^/${parts.join('/')}/?$`, 'i');
  },
};
type Host = keyof typeof MATCHERS;

/** The headers `host` sends for `path` (lower-case names), and each name with the rules that set it. */
function headersFor(rules: readonly Rule[], host: Host, path: string) {
  const headers: Record<string, string> = {};
  const setBy: Record<string, string[]> = {};
  for (const rule of rules.filter((r) => MATCHERS[host](r.pattern).test(path))) {
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      headers[key] = key in headers && host === 'cloudflare' ? `${headers[key]}, ${value}` : value;
      (setBy[key] ??= []).push(rule.pattern);
    }
  }
  return { headers, setBy };
}

/** A CORS-unsafe request-header byte (Fetch §4.1): a control character but tab, DEL, or one of these. */
const corsUnsafe = (c: string) => (c < ' ' && c !== '\t') || c === '\x7f' || '"():<>?@[\\]{}'.includes(c);

// ---- nginx --------------------------------------------------------------------------------------

async function startNginx(dir: string, docRoot: string): Promise<string> {
  const port = await freePort();
  const temp = join(dir, 'temp');
  mkdirSync(temp);
  const conf = join(dir, 'nginx.conf');
  // Only what nginx needs to run unprivileged in a temp dir; the server block is the operator's.
  writeFileSync(conf, `daemon off;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 64; }
http {
  access_log off;
  ${['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `${t}_temp_path ${temp};`).join(' ')}
  server {
    listen 127.0.0.1:${port};
    root ${docRoot};
    include ${join(root, 'deploy/mirror/nginx.conf')};
  }
}
`);
  nginx = spawn(NGINX, ['-p', dir, '-c', conf], { stdio: ['ignore', 'ignore', 'pipe'] });
  nginx.stderr!.on('data', (d: Buffer) => (nginxLog += d.toString()));
  const url = `http://127.0.0.1:${port}`;
  for (const deadline = Date.now() + 3000; Date.now() < deadline; await new Promise((r) => setTimeout(r, 20))) {
    if (nginx.exitCode !== null) break;
    if (await fetch(`${url}/alias-index.json`).then((r) => r.ok, () => false)) return url;
  }
  const log = existsSync(join(dir, 'error.log')) ? readFileSync(join(dir, 'error.log'), 'utf8') : '';
  throw new Error(`nginx did not start: ${nginxLog}${log.slice(-2000)}`);
}

let setupError: unknown;
/** Each test calls this first: a failing beforeAll would show the tests as skipped, not failed. */
function ready(): void {
  if (setupError) throw setupError;
}

async function setUp(): Promise<void> {
  if (!existsSync(NGINX)) throw new Error(`${NGINX} is missing: this test serves a mirror through deploy/mirror/nginx.conf. Install it with: apt-get install -y nginx`);
  const dir = (workDir = mkdtempSync(join(tmpdir(), 'pith-deploy-')));
  chmodSync(dir, 0o755); // run as root, nginx's workers read as nobody
  tree = join(dir, 'tree');
  // An operator copies _headers into the tree; a later build must leave it there.
  mkdirSync(tree);
  copyFileSync(join(root, 'deploy/mirror/_headers'), join(tree, '_headers'));
  const inputs = [join(root, 'tests/fixtures/pith', `${SEED}.record.json`), join(root, 'tests/fixtures/tampered/bundle-assembled.json')];
  const report = await buildMirror(inputs, tree, Keyring.pinned(), { baseUrl: 'https://mirror.example.org' });
  if (report.refused.length > 0) throw new Error(`pith-mirror build refused: ${JSON.stringify(report.refused)}`);
  const bundled = readdirSync(join(tree, 'pith'), { withFileTypes: true }).find((e) => e.isDirectory())!.name;
  // pith-mirror build writes no merged state or .well-known copy yet: the seed's assembled state
  // (tests/fixtures/graph) and the bundle again, placed as a mirror would serve them.
  copyFileSync(join(root, 'tests/fixtures/graph/faithful.state.json'), join(tree, 'pith', bundled, 'state.json'));
  mkdirSync(join(tree, '.well-known/pith', bundled), { recursive: true });
  copyFileSync(join(tree, 'pith', bundled, 'bundle.json'), join(tree, '.well-known/pith', bundled, 'bundle.json'));
  const index = JSON.parse(readFileSync(join(tree, 'alias-index.json'), 'utf8')) as { shard_prefix_length: number; shard_path: string };
  const shard = index.shard_path.replace('{shard}', shardOf('arxiv:1704.04289', index.shard_prefix_length));
  rows = [
    { kind: 'record', path: `/pith/${SEED}.json`, status: 200, cache: 'public, max-age=3600' },
    { kind: 'open graph bundle', path: `/pith/${bundled}/bundle.json`, status: 200, cache: 'public, max-age=300' },
    { kind: 'merged state', path: `/pith/${bundled}/state.json`, status: 200, cache: 'public, max-age=300' },
    { kind: '.well-known bundle', path: `/.well-known/pith/${bundled}/bundle.json`, status: 200, cache: 'public, max-age=300' },
    { kind: 'alias index root', path: '/alias-index.json', status: 200, cache: 'no-cache' },
    { kind: 'alias index shard', path: `/${shard}`, status: 200, cache: 'public, max-age=300' },
    { kind: 'manifest', path: '/pith-mirrors.json', status: 200, cache: 'no-cache' },
    { kind: 'missing record', path: `/pith/${'A'.repeat(26)}.json`, status: 404, cache: 'public, max-age=60' },
    { kind: 'missing shard', path: '/alias-index/zzzz.json', status: 404, cache: 'public, max-age=60' },
  ];
  base = await startNginx(dir, tree);
}

beforeAll(async () => {
  await setUp().catch((e: unknown) => (setupError = e));
});

afterAll(async () => {
  if (nginx && nginx.exitCode === null) {
    const exited = new Promise((r) => nginx!.once('exit', r));
    nginx.kill('SIGTERM');
    await exited;
  }
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

describe('deploy/mirror/nginx.conf, served by nginx', () => {
  it('gives each kind of file CORS, JSON in UTF-8, nosniff and its lifetime, and the bytes as written', async () => {
    ready();
    for (const row of rows) {
      const res = await fetch(base + row.path, { headers: { Origin: ORIGIN } });
      const body = Buffer.from(await res.arrayBuffer());
      const got = Object.fromEntries(CHECKED.map((h) => [h, res.headers.get(h)]));
      sent.set(row.path, got);
      expect({ kind: row.kind, status: res.status, ...got }).toEqual({ kind: row.kind, status: row.status, 'access-control-allow-origin': '*', 'content-type': JSON_TYPE, 'x-content-type-options': 'nosniff', 'cache-control': row.cache });
      if (row.status === 200) expect(body.equals(readFileSync(join(tree, row.path))), row.kind).toBe(true);
      else expect(JSON.parse(body.toString())).toEqual({ error: 'not found' });
    }
  });

  it('answers HEAD and a revalidation alike, and compresses JSON on the wire without changing a byte of it', async () => {
    ready();
    const record = rows[0]!;
    const head = await fetch(base + record.path, { method: 'HEAD', headers: { Origin: ORIGIN } });
    expect(Object.fromEntries(CHECKED.map((h) => [h, head.headers.get(h)]))).toEqual(sent.get(record.path));
    // no-cache means a revalidation on every use: the 304 must carry CORS and the lifetime too.
    const etag = (await fetch(`${base}/alias-index.json`)).headers.get('etag')!;
    const again = await fetch(`${base}/alias-index.json`, { headers: { Origin: ORIGIN, 'If-None-Match': etag } });
    const { 'content-type': _, ...rest } = sent.get('/alias-index.json')!;
    expect({ status: again.status, ...Object.fromEntries(Object.keys(rest).map((h) => [h, again.headers.get(h)])) }).toEqual({ status: 304, ...rest });
    const gz = await fetch(base + record.path, { headers: { 'Accept-Encoding': 'gzip' } });
    expect([gz.headers.get('content-encoding'), gz.headers.get('vary')]).toEqual(['gzip', 'Accept-Encoding']);
    expect(Buffer.from(await gz.arrayBuffer()).equals(readFileSync(join(tree, record.path)))).toBe(true);
  });

  it('serves what the app asks for, as the app asks (a simple CORS request: no preflight, no exposed header needed)', async () => {
    ready();
    const inits: MirrorRequestInit[] = [];
    const read = new Set<string>();
    const io = {
      fetch: async (url: string, init: MirrorRequestInit): Promise<MirrorResponse> => {
        inits.push(init);
        const res = await fetch(url, { ...init, headers: { ...init.headers, Origin: ORIGIN } });
        const headers = { get: (name: string) => (read.add(name.toLowerCase()), res.headers.get(name)) };
        return { ok: res.ok, status: res.status, statusText: res.statusText, redirected: res.redirected, url: res.url, headers, body: res.body };
      },
    };
    const outcome = await fetchMirrorText(`${base}/pith/${SEED}.json`, io, MIRROR_LIMITS);
    expect(outcome.kind).toBe('ok');
    const text = outcome.kind === 'ok' ? outcome.text : '';
    expect(text).toBe(readFileSync(join(tree, 'pith', `${SEED}.json`), 'utf8'));
    const [entry] = await verifyText(text, { keyring: Keyring.pinned() });
    expect(entry?.report?.verdict).toBe('verified');
    expect((await fetchMirrorText(`${base}/pith/${'A'.repeat(26)}.json`, io, MIRROR_LIMITS)).kind).toBe('not-found');
    // Fetch §4.1 (CORS-safelisted request headers) and §3.2.2 (CORS-safelisted response headers).
    for (const init of inits) {
      expect(init).not.toHaveProperty('method');
      expect(init).not.toHaveProperty('body');
      expect(init.credentials).toBe('omit');
      for (const [name, value] of Object.entries(init.headers)) {
        expect(['accept', 'accept-language', 'content-language']).toContain(name.toLowerCase());
        expect(value.length <= 128 && ![...value].some(corsUnsafe), value).toBe(true);
      }
    }
    expect([...read].filter((h) => !['cache-control', 'content-language', 'content-length', 'content-type', 'expires', 'last-modified', 'pragma'].includes(h))).toEqual([]);
  });
});

describe('deploy/mirror/_headers, read as Netlify and Cloudflare Pages read it', () => {
  const rules = parseHeadersFile(readFileSync(join(root, 'deploy/mirror/_headers'), 'utf8'));

  it('is read with the documented matching (the parser checked on the hosts’ own cases)', () => {
    const match = (host: Host, pattern: string, path: string) => MATCHERS[host](pattern).test(path);
    expect(match('cloudflare', '/static/*', '/static/styles.css')).toBe(true); // Cloudflare's example
    expect(match('cloudflare', '/movies/:title', '/movies/a/b')).toBe(false); // one segment
    expect(match('netlify', '/pith/:suffix/bundle.json', '/pith/X/bundle.json')).toBe(true);
    // Why the file uses placeholders: on Netlify a standalone * takes its slash with it.
    expect(match('netlify', '/alias-index/*', '/alias-index.json')).toBe(true);
    expect(match('cloudflare', '/alias-index/*', '/alias-index.json')).toBe(false);
  });

  it('stays in a tree that pith-mirror build then writes into', () => {
    ready();
    expect(readFileSync(join(tree, '_headers'), 'utf8')).toBe(readFileSync(join(root, 'deploy/mirror/_headers'), 'utf8'));
  });

  it('is within Cloudflare’s limits (100 rules, 2,000 characters a line)', () => {
    expect(rules.length).toBeLessThanOrEqual(100);
    expect(readFileSync(join(root, 'deploy/mirror/_headers'), 'utf8').split('\n').filter((l) => l.length > 2000)).toEqual([]);
  });

  it('gives every path, on either host, exactly the headers nginx sent for it, each from one rule', () => {
    ready();
    expect(sent.size).toBe(rows.length); // filled by the nginx test above
    // A 404 is the host's own page; whether a host applies rules to it is its choice (DEPLOY-MIRROR.md).
    for (const row of rows.filter((r) => r.status === 200)) {
      for (const host of Object.keys(MATCHERS) as Host[]) {
        const { headers, setBy } = headersFor(rules, host, row.path);
        expect(Object.entries(setBy).filter(([, by]) => by.length > 1), `${host} ${row.path}`).toEqual([]);
        expect({ host, kind: row.kind, ...headers }).toEqual({ host, kind: row.kind, ...sent.get(row.path) });
      }
    }
  });
});
