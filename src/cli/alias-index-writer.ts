/**
 * Streams alias keys into a sharded index on disk (docs/MIRROR-FORMAT.md §3) in bounded memory,
 * whatever the corpus size: keys are appended to 256 bucket files by the first two hex characters
 * of their shard hash, then each bucket is read back alone, de-duplicated and written out as its
 * shards. Memory holds one bucket (1/256 of the keys, or 1/16 for a one-character layout) and a
 * 64 KB buffer per bucket.
 */
import { appendFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AliasRecordEntry } from '../core/mirrors/alias-index';
import { shardOf } from '../core/mirrors/shard-of';
import { ROOT_RECORDS_MAX, rootText, SHARD_PATH, shardNames, shardPrefixLength, shardText } from '../core/mirrors/alias-shards';

const BUCKETS = shardNames(2);
const FLUSH_BYTES = 64 * 1024;

export interface IndexStats {
  readonly entryCount: number;
  readonly prefixLength: number;
  readonly shardCount: number;
  readonly totalBytes: number;
  readonly rootBytes: number;
  readonly largestShard: { readonly name: string; readonly bytes: number };
}

export class AliasIndexWriter {
  private readonly dir = mkdtempSync(join(tmpdir(), 'pith-alias-'));
  private readonly buffers = new Map<string, string[]>();
  private readonly sizes = new Map<string, number>();
  private records: AliasRecordEntry[] = [];

  /** Adds one key → suffix pair; the same pair twice is one entry. */
  add(key: string, suffix: string): void {
    if (/[\t\n]/.test(key)) throw new Error(`alias key ${JSON.stringify(key)} holds a tab or newline`);
    // The hash once: its first 6 hex characters name the bucket now and the shard later.
    const hash = shardOf(key, 6);
    const bucket = hash.slice(0, 2);
    const buf = this.buffers.get(bucket) ?? [];
    buf.push(`${key}\t${suffix}\t${hash}\n`);
    this.buffers.set(bucket, buf);
    const size = (this.sizes.get(bucket) ?? 0) + key.length + 28;
    this.sizes.set(bucket, size);
    if (size > FLUSH_BYTES) this.flush(bucket);
  }

  /** Lists a record in the root (the first ROOT_RECORDS_MAX by suffix are kept); with `replace` false, only when none is listed for its suffix. */
  addRecord(entry: AliasRecordEntry, replace = true): void {
    if (!replace && this.records.some((r) => r.suffix === entry.suffix)) return;
    this.records = this.records.filter((r) => r.suffix !== entry.suffix);
    this.records.push(entry);
    if (this.records.length > 2 * ROOT_RECORDS_MAX) this.records = this.records.sort((a, b) => (a.suffix < b.suffix ? -1 : 1)).slice(0, ROOT_RECORDS_MAX);
  }

  private flush(bucket: string): void {
    const buf = this.buffers.get(bucket);
    if (!buf || buf.length === 0) return;
    appendFileSync(join(this.dir, bucket), buf.join(''));
    this.buffers.set(bucket, []);
    this.sizes.set(bucket, 0);
  }

  /** Every key in these buckets, with the suffixes that claim it and its hash's first 6 hex characters. */
  private readBuckets(names: readonly string[]): Map<string, { suffixes: Set<string>; hash: string }> {
    const keys = new Map<string, { suffixes: Set<string>; hash: string }>();
    for (const name of names) {
      let text: string;
      try {
        text = readFileSync(join(this.dir, name), 'utf8');
      } catch {
        continue; // no key landed in this bucket
      }
      for (const line of text.split('\n')) {
        if (!line) continue;
        const [key, suffix, hash] = line.split('\t') as [string, string, string];
        const entry = keys.get(key) ?? { suffixes: new Set<string>(), hash };
        entry.suffixes.add(suffix);
        keys.set(key, entry);
      }
    }
    return keys;
  }

  /** Removes the bucket files (after finish, or when a build stops early). */
  discard(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }

  /**
   * Writes `alias-index.json` and every shard under `outDir`, then removes the buckets. The new
   * shards are written beside the old ones and swapped in, and the root is written last, so a build
   * that stops half way leaves the tree's previous index whole.
   */
  finish(outDir: string, generatedAt?: string): IndexStats {
    for (const b of BUCKETS) this.flush(b);
    try {
      // Pass 1: distinct keys, which fix the layout.
      let entryCount = 0;
      for (const b of BUCKETS) entryCount += this.readBuckets([b]).size;
      const prefixLength = shardPrefixLength(entryCount);
      // Pass 2: one unit of buckets at a time, each written out as its shards (empty ones too, so a
      // missing shard always means a broken mirror, never "no keys here").
      const units = prefixLength === 1 ? shardNames(1).map((h) => ({ buckets: BUCKETS.filter((b) => b.startsWith(h)), shards: [h] })) : BUCKETS.map((b) => ({ buckets: [b], shards: prefixLength === 2 ? [b] : shardNames(prefixLength - 2).map((x) => b + x) }));
      const folder = SHARD_PATH.slice(0, SHARD_PATH.lastIndexOf('/'));
      const next = join(outDir, `${folder}.next`);
      rmSync(next, { recursive: true, force: true });
      mkdirSync(next, { recursive: true });
      let totalBytes = 0;
      let largest = { name: '', bytes: 0 };
      let shardCount = 0;
      for (const unit of units) {
        const keys = this.readBuckets(unit.buckets);
        const shards = new Map<string, Map<string, Set<string>>>();
        for (const [key, { suffixes, hash }] of keys) {
          const s = hash.slice(0, prefixLength);
          const shard = shards.get(s) ?? new Map<string, Set<string>>();
          shard.set(key, suffixes);
          shards.set(s, shard);
        }
        for (const name of unit.shards) {
          const text = shardText(name, shards.get(name) ?? new Map());
          const bytes = Buffer.byteLength(text);
          writeFileSync(join(next, SHARD_PATH.slice(folder.length + 1).replace('{shard}', name)), text);
          totalBytes += bytes;
          shardCount++;
          if (bytes > largest.bytes) largest = { name, bytes };
        }
      }
      const root = rootText({ prefixLength, entryCount, records: this.records, ...(generatedAt ? { generatedAt } : {}) });
      const live = join(outDir, folder);
      const old = join(outDir, `${folder}.old`);
      rmSync(old, { recursive: true, force: true });
      if (existsSync(live)) renameSync(live, old);
      renameSync(next, live);
      writeFileSync(join(outDir, 'alias-index.json.next'), root);
      renameSync(join(outDir, 'alias-index.json.next'), join(outDir, 'alias-index.json'));
      rmSync(old, { recursive: true, force: true });
      const rootBytes = Buffer.byteLength(root);
      return { entryCount, prefixLength, shardCount, totalBytes: totalBytes + rootBytes, rootBytes, largestShard: largest };
    } finally {
      this.discard();
    }
  }
}
