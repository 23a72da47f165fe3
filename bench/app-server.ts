/**
 * The production build and a `vite preview` of it for the app benchmarks (bench/browser-bench.ts,
 * bench/responsiveness.ts), on 127.0.0.1 only.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { ROOT } from './make-records';

// Generated JavaScript goes under node_modules/.cache (which ESLint and git ignore), not bench/.tmp.
export const CACHE_DIR = resolve(ROOT, 'node_modules/.cache/pith-bench');
export const APP_DIST = resolve(CACHE_DIR, 'app-dist');
export const UI_WAIT_MS = 10_000;

/** Newest mtime under the given paths (files or directories, recursively). */
function newestMtime(paths: readonly string[]): number {
  let newest = 0;
  const visit = (p: string) => {
    if (!existsSync(p)) return;
    const st = statSync(p);
    if (st.isDirectory()) for (const name of readdirSync(p)) visit(join(p, name));
    else newest = Math.max(newest, st.mtimeMs);
  };
  paths.forEach(visit);
  return newest;
}

export function run(cmd: string, args: readonly string[], timeoutMs: number): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(cmd, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    const timer = setTimeout(() => child.kill(), timeoutMs);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearTimeout(timer);
      if (code === 0) resolvePromise();
      else reject(new Error(`${cmd} ${args.join(' ')} exited with ${code}:\n${output.slice(-4000)}`));
    });
  });
}

/**
 * The production build the app benchmark serves. It is built into node_modules/.cache/pith-bench/app-dist (same
 * `vite build`, another outDir) so a benchmark never rewrites dist/ under an e2e run's `vite preview`;
 * it is rebuilt only when missing or older than the sources.
 */
export async function ensureAppBuild(log: (line: string) => void): Promise<void> {
  const built = existsSync(join(APP_DIST, 'index.html')) ? statSync(join(APP_DIST, 'index.html')).mtimeMs : 0;
  const sources = newestMtime(['src', 'public', 'config', 'index.html', 'vite.config.ts', 'package.json'].map((p) => resolve(ROOT, p)));
  if (built > sources) return;
  log('  building the app (vite build → node_modules/.cache/pith-bench/app-dist)…');
  await run(resolve(ROOT, 'node_modules/.bin/vite'), ['build', '--outDir', APP_DIST, '--emptyOutDir', '--logLevel', 'warn'], 180_000);
}

async function freePort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const { port } = s.address() as AddressInfo;
  await new Promise<void>((r) => s.close(() => r()));
  return port;
}

/** Polls the URL until it answers (bounded: at most `tries` requests, all to 127.0.0.1). */
async function waitForHttp(url: string, child: ChildProcess, tries = 150): Promise<void> {
  for (let i = 0; i < tries; i++) {
    if (child.exitCode !== null) throw new Error(`vite preview exited with ${child.exitCode}`);
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not answer within ${tries * 0.2} s`);
}

export async function startPreview(): Promise<{ url: string; stop: () => Promise<void> }> {
  const port = await freePort();
  const child = spawn(resolve(ROOT, 'node_modules/.bin/vite'), ['preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort', '--outDir', APP_DIST], {
    cwd: ROOT,
    stdio: 'ignore',
  });
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await exited;
  };
  try {
    await waitForHttp(url, child);
  } catch (e) {
    await stop();
    throw e;
  }
  return { url, stop };
}

/**
 * Keeps the benchmark's browser on 127.0.0.1: every other host fails to resolve, as on a machine
 * without a network, so no request goes anywhere else. Not `page.route('**\/*')`: routing every
 * request through Playwright's driver cost a cold deep link's nine requests 30–40 ms (its verdict
 * ~180 ms against ~145 ms without, 2026-12-04, 2-core EPYC, quiet host, 5 rounds each) and the
 * static page's one request next to nothing, so it skewed the very ratio the bench reports.
 */
export const LOCAL_ONLY_ARGS: readonly string[] = ['--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'];


/**
 * Waits until the app has settled: its warm-up done (html[data-workers="ready"]) and its service
 * worker done precaching (html[data-service-worker] offline-ready, or failed). Throughput and "warm"
 * figures are taken from there, so the one-off precache of a first visit (about 1.2 MB, config/pwa.ts)
 * does not compete with what is measured.
 */
export async function waitForAppSettled(page: Page, timeoutMs = UI_WAIT_MS): Promise<void> {
  await page.locator('html[data-workers="ready"]').waitFor({ state: 'attached', timeout: timeoutMs });
  await page.locator('html[data-service-worker="offline-ready"], html[data-service-worker="failed"]').waitFor({ state: 'attached', timeout: timeoutMs });
}
