/**
 * Settings' "Test mirror": asks a mirror for its alias index (when it has one) and for one record
 * it should hold, and says what came back for each, in words (issue 9). A record it serves is
 * verified like any other; a mirror is only ever used, never trusted.
 */
import { readAliasIndex, type AliasIndex } from '../../core/mirrors/alias-index';
import { expandPattern, type MirrorConfig } from '../../core/mirrors/mirror-config';
import { aliasShardUrl, fetchAliasShard } from '../../core/mirrors/alias-fetch';
import { parsePithNumber } from '../../core/pith/pith-number';
import type { UserKeySpec } from '../../core/user-keys';
import { plural } from '../ui/plural';
import { verifyDocumentText } from '../verification/verify-client';
import { browserIo, fetchText } from './fetch-with-timeout';

/** The record every pith mirror is expected to hold (pith:2017:UTTGU3KI…, FORMAT.md §5's example), asked for when no index names one. */
export const PROBE_SUFFIX = 'UTTGU3KIYM6JKD6ALUV7A7CX74';

export interface MirrorProbe {
  readonly what: 'alias index' | 'alias shard' | 'record';
  readonly url: string;
  readonly ok: boolean;
  readonly message: string;
  readonly ms: number;
}

export interface MirrorTest {
  readonly ok: boolean;
  readonly probes: readonly MirrorProbe[];
}

/** What the index holds, and a suffix it names for the record probe, or why it is not an alias index. */
function readIndex(text: string): { index: AliasIndex; summary: string; suffix: string | null } | string {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return 'not JSON';
  }
  const read = readAliasIndex(value);
  if (!read.ok) return read.error.message;
  const index = read.value;
  const records = index.records ?? [];
  const listed = records.length > 0 ? ` for ${plural(records.length, 'record')}` : '';
  if (index.form === 'sharded') {
    const { entry_count: n, shard_prefix_length: p } = index.root;
    const suffix = records.some((r) => r.suffix === PROBE_SUFFIX) ? PROBE_SUFFIX : (records[0]?.suffix ?? null);
    return { index, summary: `sharded: ${plural(n, 'alias', 'aliases')}${listed} in ${plural(16 ** p, 'shard')}`, suffix };
  }
  // The probe record: the well-known one when the index has it, else the first it names.
  const suffixes = Object.values(index.aliases).filter((v): v is string => typeof v === 'string' && /^[A-Z2-7]{26}$/.test(v));
  const suffix = suffixes.includes(PROBE_SUFFIX) ? PROBE_SUFFIX : (suffixes[0] ?? null);
  return { index, summary: `${plural(Object.keys(index.aliases).length, 'alias', 'aliases')}${listed}`, suffix };
}

async function probeShard(mirror: MirrorConfig, index: Extract<AliasIndex, { form: 'sharded' }>, suffix: string, signal?: AbortSignal): Promise<MirrorProbe> {
  const key = `pith_short_8:${suffix.slice(0, 8)}`;
  const { shardOf } = await import('../../core/mirrors/shard-of'); // SHA-256 is the verifier chunk's
  const shard = shardOf(key, index.root.shard_prefix_length);
  const io = browserIo();
  const url = aliasShardUrl(mirror, index, shard, io.pageHref);
  const started = performance.now();
  try {
    // A missing or malformed shard throws, with the reason the catch below reports.
    const aliases = await fetchAliasShard(mirror, index, shard, io, undefined, signal);
    const ms = Math.round(performance.now() - started);
    const n = Object.keys(aliases).length;
    return { what: 'alias shard', url, ok: true, message: `${plural(n, 'alias', 'aliases')}${aliases[key] !== undefined ? `, ${key} among them` : ''}`, ms };
  } catch (e) {
    return { what: 'alias shard', url, ok: false, message: e instanceof Error ? e.message : String(e), ms: Math.round(performance.now() - started) };
  }
}

/** Probes one mirror; never throws (every failure is a probe that says what happened). */
export async function testMirror(mirror: MirrorConfig, userKeys: readonly UserKeySpec[], signal?: AbortSignal): Promise<MirrorTest> {
  const probes: MirrorProbe[] = [];
  let suffix = PROBE_SUFFIX;
  if (mirror.aliasIndexUrl) {
    const url = expandPattern(mirror.aliasIndexUrl, mirror);
    const got = await fetchText(url, signal);
    const read = got.kind === 'ok' ? readIndex(got.text) : got.message;
    if (typeof read === 'string') probes.push({ what: 'alias index', url, ok: false, message: read, ms: got.ms });
    else {
      probes.push({ what: 'alias index', url, ok: true, message: read.summary, ms: got.ms });
      if (read.suffix) suffix = read.suffix;
      // A sharded index is only as good as its shards: read the one the probe record's short number is in.
      if (read.index.form === 'sharded') probes.push(await probeShard(mirror, read.index, suffix, signal));
    }
  }
  const url = expandPattern(mirror.recordPattern, mirror, suffix);
  const got = await fetchText(url, signal);
  if (got.kind !== 'ok') {
    probes.push({ what: 'record', url, ok: false, message: got.message, ms: got.ms });
  } else {
    const entries = await verifyDocumentText(got.text, userKeys);
    const report = entries.length === 1 ? entries[0]!.report : undefined;
    if (!report) {
      probes.push({ what: 'record', url, ok: false, message: entries.length === 1 ? (entries[0]!.error?.message ?? 'not a record') : `served ${plural(entries.length, 'document')} where one record was expected`, ms: got.ms });
    } else {
      const served = report.pithNumber ? parsePithNumber(report.pithNumber) : null;
      const right = served?.ok === true && served.value.suffix === suffix;
      probes.push({
        what: 'record',
        url,
        ok: right && report.verdict !== 'invalid',
        message: right ? `served pith:${suffix.slice(0, 8)}…, which this browser found ${report.verdict}` : `asked for ${suffix}, served ${report.pithNumber ?? 'a document with no pith number'}: a broken or hostile mirror`,
        ms: got.ms,
      });
    }
  }
  return { ok: probes.every((p) => p.ok), probes };
}
