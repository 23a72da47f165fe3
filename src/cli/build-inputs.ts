/**
 * The documents of `pith-mirror build`'s inputs, one at a time: files (one document or an array),
 * JSON Lines dumps read line by line as bytes (each line decoded as strict UTF-8, as a dropped file
 * is: never to U+FFFD), directories walked once per real path (a symlink loop is named, not
 * followed), and - for JSON Lines on stdin. A path that cannot be read is one document with an
 * error, never a crash of the build.
 */
import { createReadStream, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { decodeInput } from '../core/documents/decode-input';
import { splitDocuments } from '../core/documents/split-documents';
import type { JsonValue } from '../core/json/json-value';
import { serializeJson } from '../core/json/serialize-json';

export interface BuildDoc {
  readonly input: string;
  readonly text: string;
  readonly value?: JsonValue;
  readonly error?: string;
}

const why = (e: unknown) => (e as NodeJS.ErrnoException).code ?? (e instanceof Error ? e.message : String(e));

/**
 * The lines of a byte stream, as bytes, without the newline (and a CR before it). A line longer than
 * a chunk is kept as its pieces and joined once, when it ends: re-copying the growing remainder on
 * every chunk made an 80 MB line take 56 s to split (hostile review, 2026-12-01); now linear.
 */
export async function* byteLines(stream: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
  let pending: Buffer[] = [];
  for await (const chunk of stream) {
    let start = 0;
    let nl: number;
    while ((nl = chunk.indexOf(0x0a, start)) >= 0) {
      let line = chunk.subarray(start, nl);
      if (pending.length > 0) {
        line = Buffer.concat([...pending, line]);
        pending = [];
      }
      yield line.length > 0 && line[line.length - 1] === 0x0d ? line.subarray(0, line.length - 1) : line;
      start = nl + 1;
    }
    if (start < chunk.length) pending.push(start === 0 ? chunk : chunk.subarray(start));
  }
  if (pending.length > 0) yield pending.length === 1 ? pending[0]! : Buffer.concat(pending);
}

function* fromText(input: string, text: string): Generator<BuildDoc> {
  const slots = splitDocuments(text);
  for (const slot of slots) {
    const name = slot.index === null ? input : `${input}#${slot.index}`;
    if (slot.error || slot.value === undefined) yield { input: name, text: '', error: slot.error?.message ?? 'empty' };
    // One document is written as it came, byte for byte; an array's entries, losslessly re-serialised.
    else yield { input: name, text: slots.length === 1 && slot.index === null ? text : `${serializeJson(slot.value)}\n`, value: slot.value };
  }
}

/** Every document in `path`; `seen` holds the real paths of directories already walked. */
export async function* buildDocuments(path: string, seen = new Set<string>()): AsyncGenerator<BuildDoc> {
  if (path === '-' || /\.jsonl$/i.test(path)) {
    let n = 0;
    try {
      for await (const line of byteLines(path === '-' ? (process.stdin as AsyncIterable<Buffer>) : createReadStream(path))) {
        n++;
        const text = decodeInput(line);
        if (!text.ok) yield { input: `${path}:${n}`, text: '', error: text.error.message };
        else if (text.value.trim() !== '') yield* fromText(`${path}:${n}`, text.value);
      }
    } catch (e) {
      yield { input: path, text: '', error: `cannot read: ${why(e)}` };
    }
    return;
  }
  let isDir: boolean;
  try {
    isDir = statSync(path).isDirectory();
  } catch (e) {
    return yield { input: path, text: '', error: `cannot read: ${why(e)}` };
  }
  if (isDir) {
    let real: string;
    let names: string[];
    try {
      real = realpathSync(path);
      names = readdirSync(path).sort();
    } catch (e) {
      return yield { input: path, text: '', error: `cannot read: ${why(e)}` };
    }
    if (seen.has(real)) return yield { input: path, text: '', error: `a directory already read (${real}): a symlink loop or a second link to it, not read again` };
    seen.add(real);
    for (const name of names) {
      const child = join(path, name);
      let childIsDir: boolean;
      try {
        childIsDir = statSync(child).isDirectory();
      } catch (e) {
        yield { input: child, text: '', error: `cannot read: ${why(e)}` };
        continue;
      }
      if (childIsDir || /\.jsonl?$/i.test(name)) yield* buildDocuments(child, seen);
    }
    return;
  }
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    return yield { input: path, text: '', error: `cannot read: ${why(e)}` };
  }
  const decoded = decodeInput(bytes);
  if (!decoded.ok) return yield { input: path, text: '', error: decoded.error.message };
  yield* fromText(path, decoded.value);
}
