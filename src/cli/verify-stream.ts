/**
 * The results of `pith-verify` for one PATH, a batch at a time (issue 11, "the CLI at scale"): a
 * directory is walked, a file is read and verified, and JSON Lines (a .jsonl file, or stdin) are
 * read and verified line by line as bytes, so a dump of any size needs memory for one line, not the
 * file. Input is strict UTF-8 (decodeInput), a line at a time. A .jsonl file whose first line is not
 * a JSON object (a pretty-printed document named .jsonl) is read whole instead, as before, so it is
 * one document, not dozens of broken lines.
 */
import { createReadStream } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { decodeInput } from '../core/documents/decode-input';
import type { Keyring } from '../core/keyring';
import { parseJson } from '../core/json/parse-json';
import { entryToJson, type EntryJson } from '../core/verify/entry-json';
import { verifyText } from '../core/verify/verify-document';
import { byteLines } from './build-inputs';
import { BATCH_BYTES, BATCH_LINES, internalError, verifyLines } from './verify-lines';
import type { VerifyPool } from './verify-pool';

/** What verifying needs: the keyring, and the `--jobs` worker pool, started on first need (null: this thread). */
export interface VerifyContext {
  readonly keyring: Keyring;
  readonly pool: () => Promise<VerifyPool | null>;
}

const readError = (file: string, message: string) => entryToJson(file, { index: null, error: { code: 'read-error', message } });
/** A file system error's words; anything else is no read error and is thrown on (a bug, said as one by main). */
function why(e: unknown): string {
  const code = (e as NodeJS.ErrnoException | null)?.code;
  if (typeof code !== 'string' || !/^E[A-Z0-9]+$/.test(code)) throw e; // ENOENT, EACCES…, not ERR_WORKER_…
  return `cannot read: ${code}`;
}

/**
 * What verifyPath yields: the results that are ready together (a batch of lines, a whole file), in
 * input order, so the caller writes them at once (one write per result into a pipe cost a third of
 * a --jobs 1 run's time).
 */
export type Results = readonly EntryJson[];

async function* wholeText(file: string, bytes: Uint8Array, { keyring }: VerifyContext): AsyncGenerator<Results> {
  const text = decodeInput(bytes);
  if (!text.ok) return yield [entryToJson(file, { index: null, error: text.error })];
  let entries;
  try {
    entries = await verifyText(text.value, { keyring });
  } catch (e) {
    return yield [entryToJson(file, { index: null, error: internalError(null, e) })];
  }
  yield entries.map((entry) => entryToJson(file, entry));
}

/** Lines back into one text's bytes, each ended by a newline. */
const joinLines = (lines: readonly Buffer[]) => Buffer.concat(lines.flatMap((b) => [b, Buffer.from('\n')]));

/** JSON Lines, verified a line at a time; falls back to the whole text when the first line is not an object. */
async function* jsonLines(file: string, lines: AsyncIterable<Buffer>, ctx: VerifyContext): AsyncGenerator<Results> {
  const iterator = lines[Symbol.asyncIterator]();
  const head: Buffer[] = [];
  // Peek at the first non-empty line: one JSON object → stream; anything else → one document.
  for (;;) {
    const next = await iterator.next();
    if (next.done) return yield* wholeText(file, joinLines(head), ctx);
    head.push(next.value);
    if (next.value.toString('utf8').trim() === '') continue;
    const first = decodeInput(next.value);
    const parsed = first.ok ? parseJson(first.value) : null;
    if (!parsed?.ok || typeof parsed.value !== 'object' || parsed.value === null || Array.isArray(parsed.value)) {
      const rest: Buffer[] = [];
      for (let r = await iterator.next(); !r.done; r = await iterator.next()) rest.push(r.value);
      return yield* wholeText(file, joinLines([...head, ...rest]), ctx);
    }
    break;
  }
  // Batches of lines, verified with several in flight (in this thread, or by the --jobs workers once
  // a first batch is full, so a small file starts none); results are yielded in line order, and at
  // most `depth` batches wait, so memory does not grow with the input.
  const queue: Promise<EntryJson[]>[] = [];
  let batch: Buffer[] = [];
  let bytes = 0;
  let first = 1;
  let depth = 1;
  const flush = async (full: boolean) => {
    if (batch.length === 0) return;
    const pool = full ? await ctx.pool() : null;
    if (pool) depth = pool.depth;
    const results = pool ? pool.verify(file, first, batch) : verifyLines(file, first, batch, ctx.keyring);
    // Awaited in order later; marked handled now, so one failing before its turn is not an unhandled rejection.
    results.catch(() => undefined);
    queue.push(results);
    first += batch.length;
    batch = [];
    bytes = 0;
  };
  const add = async function* (line: Buffer): AsyncGenerator<Results> {
    batch.push(line);
    bytes += line.length;
    if (batch.length < BATCH_LINES && bytes < BATCH_BYTES) return;
    await flush(true);
    while (queue.length > depth) yield await queue.shift()!;
  };
  for (const b of head) yield* add(b);
  for (;;) {
    // A pipe that pauses (a producer writing a line at a time) gets its answers now, not when a
    // batch fills: when no line comes within IDLE_MS, what is read so far is verified and printed.
    const next = iterator.next();
    const r = batch.length === 0 && queue.length === 0 ? await next : await orIdle(next);
    if (r === IDLE) {
      await flush(false);
      while (queue.length > 0) yield await queue.shift()!;
      const after = await next;
      if (after.done) break;
      yield* add(after.value);
      continue;
    }
    if (r.done) break;
    yield* add(r.value);
  }
  await flush(false);
  while (queue.length > 0) yield await queue.shift()!;
}

const IDLE = Symbol('idle');
/** How long the reader waits for a next line before it verifies what it has (a pipe, not a file). */
const IDLE_MS = 20;
/** `next`, or IDLE if it takes over IDLE_MS; the timer is cleared either way (one is made a line, so none may linger). */
function orIdle<T>(next: Promise<T>): Promise<T | typeof IDLE> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const idle = new Promise<typeof IDLE>((resolve) => (timer = setTimeout(resolve, IDLE_MS, IDLE)));
  return Promise.race([next, idle]).finally(() => clearTimeout(timer));
}

/** Every result for one PATH (a file, a directory searched recursively for *.json/*.jsonl, or -). */
export async function* verifyPath(path: string, ctx: VerifyContext): AsyncGenerator<Results> {
  if (path === '-') return yield* jsonLines('-', byteLines(process.stdin as AsyncIterable<Buffer>), ctx);
  let info;
  try {
    info = await stat(path);
  } catch (e) {
    return yield [readError(path, why(e))];
  }
  if (info.isDirectory()) {
    for (const name of (await readdir(path)).sort()) {
      const child = join(path, name);
      let s;
      try {
        s = await stat(child);
      } catch (e) {
        yield [readError(child, why(e))];
        continue;
      }
      if (s.isDirectory() || /\.jsonl?$/i.test(name)) yield* verifyPath(child, ctx);
    }
    return;
  }
  if (/\.jsonl$/i.test(path)) {
    try {
      yield* jsonLines(path, byteLines(createReadStream(path)), ctx);
    } catch (e) {
      yield [readError(path, why(e))];
    }
    return;
  }
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (e) {
    return yield [readError(path, why(e))];
  }
  yield* wholeText(path, bytes, ctx);
}
