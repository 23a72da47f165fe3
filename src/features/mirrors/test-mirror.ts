/**
 * Settings' "Test mirror": asks a mirror for its alias index (when it has one) and for one record
 * it should hold, and says what came back for each, in words (issue 9). A record it serves is
 * verified like any other; a mirror is only ever used, never trusted.
 */
import { expandPattern, type MirrorConfig } from '../../core/mirrors/mirror-config';
import { parsePithNumber } from '../../core/pith/pith-number';
import type { UserKeySpec } from '../../core/user-keys';
import { plural } from '../ui/plural';
import { verifyDocumentText } from '../verification/verify-client';
import { fetchText } from './fetch-with-timeout';

/** The record every pith mirror is expected to hold (pith:2017:UTTGU3KI…, FORMAT.md §5's example), asked for when no index names one. */
export const PROBE_SUFFIX = 'UTTGU3KIYM6JKD6ALUV7A7CX74';

export interface MirrorProbe {
  readonly what: 'alias index' | 'record';
  readonly url: string;
  readonly ok: boolean;
  readonly message: string;
  readonly ms: number;
}

export interface MirrorTest {
  readonly ok: boolean;
  readonly probes: readonly MirrorProbe[];
}

/** The index's alias count and a suffix it names, or why it is not an alias index. */
function readIndex(text: string): { count: number; records: number | null; suffix: string | null } | string {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return 'not JSON';
  }
  const aliases = (value as { aliases?: unknown } | null)?.aliases;
  if (typeof aliases !== 'object' || aliases === null || Array.isArray(aliases)) return 'JSON, but not an alias index (no "aliases" object)';
  const values = Object.values(aliases as Record<string, unknown>);
  // The probe record: the well-known one when the index has it, else the first it names.
  const suffixes = values.filter((v): v is string => typeof v === 'string' && /^[A-Z2-7]{26}$/.test(v));
  const suffix = suffixes.includes(PROBE_SUFFIX) ? PROBE_SUFFIX : (suffixes[0] ?? null);
  const records = (value as { records?: unknown }).records;
  return { count: values.length, records: Array.isArray(records) ? records.length : null, suffix };
}

/** Probes one mirror; never throws (every failure is a probe that says what happened). */
export async function testMirror(mirror: MirrorConfig, userKeys: readonly UserKeySpec[], signal?: AbortSignal): Promise<MirrorTest> {
  const probes: MirrorProbe[] = [];
  let suffix = PROBE_SUFFIX;
  if (mirror.aliasIndexUrl) {
    const url = expandPattern(mirror.aliasIndexUrl, mirror);
    const got = await fetchText(url, signal);
    if (got.kind !== 'ok') probes.push({ what: 'alias index', url, ok: false, message: got.message, ms: got.ms });
    else {
      const index = readIndex(got.text);
      if (typeof index === 'string') probes.push({ what: 'alias index', url, ok: false, message: index, ms: got.ms });
      else {
        probes.push({ what: 'alias index', url, ok: true, message: `${plural(index.count, 'alias', 'aliases')}${index.records !== null ? ` for ${plural(index.records, 'record')}` : ''}`, ms: got.ms });
        if (index.suffix) suffix = index.suffix;
      }
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
