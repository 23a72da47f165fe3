/**
 * Resolves a query through the mirrors in order, verifying what each serves. A mirror that serves a
 * different record than the one asked for is hostile or broken, not "not found". The best copy
 * wins (betterCopy: verified over incomplete over invalid): whenever the copy in hand is not
 * verified, the next mirror is asked, and every mirror's answer is kept to tell the user.
 */
import { lookupAlias, type AliasIndex } from '../../core/mirrors/alias-index';
import { expandPattern, type MirrorConfig } from '../../core/mirrors/mirror-config';
import { parsePithNumber } from '../../core/pith/pith-number';
import type { Query } from '../../core/query/parse-query';
import type { UserKeySpec } from '../../core/user-keys';
import type { Verdict } from '../../core/verify/check-types';
import type { VerifyReport } from '../../core/verify/verify-document';
import { verifyDocumentText } from '../verification/verify-client';
import { fetchText } from './fetch-with-timeout';

export type AttemptOutcome = 'found' | 'incomplete' | 'not-found' | 'offline' | 'unreachable' | 'timeout' | 'http-error' | 'too-large' | 'bad-json' | 'wrong-record' | 'invalid' | 'no-index' | 'not-in-index' | 'skipped';

export interface Attempt {
  readonly mirrorId: string;
  readonly mirrorName: string;
  readonly url: string | null;
  readonly outcome: AttemptOutcome;
  readonly message: string;
  readonly ms: number | null;
}

export interface ResolvedRecord {
  readonly suffix: string;
  readonly mirror: MirrorConfig;
  readonly url: string;
  readonly text: string;
  readonly report: VerifyReport;
  readonly attempts: readonly Attempt[];
  /** e.g. "pith numbers a different version". */
  readonly note: string | null;
}

export class ResolveError extends Error {
  readonly kind: 'not-found' | 'network' | 'offline' | 'wrong-record';
  readonly attempts: readonly Attempt[];
  constructor(kind: ResolveError['kind'], message: string, attempts: readonly Attempt[]) {
    super(message);
    this.name = 'ResolveError';
    this.kind = kind;
    this.attempts = attempts;
  }
}

/**
 * An alias index that could not be fetched for a reason of the moment (offline, unreachable, timed
 * out): thrown by aliasIndexQuery, not returned as null, so the failure is never cached as "this
 * mirror has no index" and the lookup can say what happened (found by review: offline was cached as
 * "not found" for 5 min).
 */
export class AliasIndexUnavailable extends Error {
  readonly kind: 'offline' | 'unreachable' | 'timeout';
  constructor(kind: AliasIndexUnavailable['kind'], message: string) {
    super(message);
    this.name = 'AliasIndexUnavailable';
    this.kind = kind;
  }
}

export interface ResolveDeps {
  readonly mirrors: readonly MirrorConfig[];
  readonly userKeys: readonly UserKeySpec[];
  readonly aliasIndex: (mirror: MirrorConfig) => Promise<AliasIndex | null>;
  readonly signal?: AbortSignal;
}

function suffixOfNumber(n: string | null): string | null {
  if (!n) return null;
  const p = parsePithNumber(n);
  return p.ok ? p.value.suffix : null;
}

async function suffixFor(query: Query, mirror: MirrorConfig, deps: ResolveDeps): Promise<{ suffix: string; note?: string } | Attempt> {
  const base = { mirrorId: mirror.id, mirrorName: mirror.name, ms: null };
  if (query.type === 'pith' && query.pith.suffix.length === 26) return { suffix: query.pith.suffix };
  if (!mirror.aliasIndexUrl) {
    const what = query.type === 'pith' ? 'a short pith number' : query.type === 'arxiv' ? 'an arXiv id' : 'a DOI';
    return { ...base, url: null, outcome: 'no-index', message: `has no alias index, so it cannot look up ${what} (no resolve API is known, FORMAT.md §6)` };
  }
  const url = expandPattern(mirror.aliasIndexUrl, mirror);
  let index: AliasIndex | null;
  try {
    index = await deps.aliasIndex(mirror);
  } catch (e) {
    // Offline, unreachable or slow now: said as such, so the lookup ends "offline", not "not found".
    if (e instanceof AliasIndexUnavailable) return { ...base, url, outcome: e.kind, message: `its alias index could not be fetched: ${e.message}` };
    throw e;
  }
  if (!index) return { ...base, url, outcome: 'no-index', message: 'its alias index could not be loaded' };
  const hit = lookupAlias(index, query);
  if (!hit.found) return { ...base, url, outcome: 'not-in-index', message: hit.reason };
  return hit.note ? { suffix: hit.suffix, note: hit.note } : { suffix: hit.suffix };
}

const RANK: Record<Verdict, number> = { verified: 2, incomplete: 1, invalid: 0 };

/** True when `a` is a better copy to show than `b` (FORMAT.md: only a verified one is what it claims). */
export function betterCopy(a: Verdict, b: Verdict | null): boolean {
  return b === null || RANK[a] > RANK[b];
}

export async function resolveRecord(query: Query, deps: ResolveDeps): Promise<ResolvedRecord> {
  const attempts: Attempt[] = [];
  let best: ResolvedRecord | null = null;
  for (const mirror of deps.mirrors) {
    if (!mirror.enabled) continue;
    const target = await suffixFor(query, mirror, deps);
    if ('outcome' in target) {
      attempts.push(target);
      continue;
    }
    const urls = [mirror.recordPattern, ...(mirror.bundlePattern ? [mirror.bundlePattern] : [])].map((p) => expandPattern(p, mirror, target.suffix));
    for (const url of urls) {
      const got = await fetchText(url, deps.signal);
      const base = { mirrorId: mirror.id, mirrorName: mirror.name, url, ms: got.ms };
      if (got.kind === 'aborted') throw new ResolveError('network', 'Cancelled.', attempts);
      if (got.kind !== 'ok') {
        attempts.push({ ...base, outcome: got.kind === 'bad-bytes' ? 'bad-json' : got.kind, message: got.message });
        if (got.kind === 'not-found') continue;
        break;
      }
      const entries = await verifyDocumentText(got.text, deps.userKeys);
      // A record URL serves one record: a list is not judged by its first entry.
      if (entries.length > 1) {
        attempts.push({ ...base, outcome: 'bad-json', message: `served ${entries.length} documents where one record was expected` });
        break;
      }
      const first = entries[0];
      if (!first?.report) {
        attempts.push({ ...base, outcome: 'bad-json', message: first?.error?.message ?? 'served an empty document' });
        break;
      }
      const report = first.report;
      const served = suffixOfNumber(report.claimedPithNumber) ?? suffixOfNumber(report.computedPithNumber);
      if (served !== target.suffix) {
        attempts.push({ ...base, outcome: 'wrong-record', message: `served ${report.pithNumber ?? 'a document with no pith number'} when asked for ${target.suffix}: a broken or hostile mirror` });
        break;
      }
      const resolved: ResolvedRecord = { suffix: target.suffix, mirror, url, text: got.text, report, attempts: [], note: target.note ?? null };
      if (report.verdict === 'invalid') {
        const failing = report.checks.filter((c) => c.status === 'fail').map((c) => c.id);
        attempts.push({ ...base, outcome: 'invalid', message: `served a copy that fails ${failing.join(', ')}` });
      } else {
        attempts.push({ ...base, outcome: report.verdict === 'verified' ? 'found' : 'incomplete', message: `served a ${report.verdict} copy: ${report.headline.summary}` });
      }
      if (betterCopy(report.verdict, best?.report.verdict ?? null)) best = resolved;
      // A verified copy cannot be bettered; anything less, and the next mirror is asked.
      if (report.verdict === 'verified') return { ...resolved, attempts };
      break;
    }
  }
  if (best) return { ...best, attempts };
  const network = attempts.some((a) => a.outcome === 'offline' || a.outcome === 'unreachable' || a.outcome === 'timeout' || a.outcome === 'http-error');
  const wrong = attempts.some((a) => a.outcome === 'wrong-record');
  if (wrong) throw new ResolveError('wrong-record', 'A mirror served a different record than the one asked for, and no mirror served the right one.', attempts);
  // Said plainly when it is so (issue 10): offline, and a "not found" from the mirrors that answered
  // without the network (the embedded one) says nothing of the others, which were never asked.
  if (attempts.some((a) => a.outcome === 'offline')) {
    throw new ResolveError('offline', 'This browser is offline, so no mirror could be asked for this record. Only the records saved for offline use (the embedded sample mirror’s) open now; this is not one of them.', attempts);
  }
  if (network && !attempts.some((a) => a.outcome === 'not-found' || a.outcome === 'not-in-index')) {
    throw new ResolveError('network', 'No mirror could be reached.', attempts);
  }
  throw new ResolveError('not-found', `No mirror has ${query.understood}.`, attempts);
}
