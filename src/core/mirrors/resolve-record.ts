/**
 * Resolves a query through the mirrors in order, verifying what each serves: the one resolver of
 * the app's record page, the `<pith-badge>` and the CLI (issue 12: "the mirror resolution in core").
 * A mirror that serves a different record than the one asked for is hostile or broken, not "not
 * found". The best copy wins: verified over incomplete over invalid, and any of them over a copy that
 * is not what was asked for (another year, version or paper: requestMismatches). Whenever the copy
 * in hand is less than a verified copy of what was asked, the next mirror is asked, and every
 * mirror's answer is kept to tell the user. Reading alias indexes is alias-fetch.ts's.
 *
 * @module resolve-record
 */
import { parsePithNumber } from '../pith/pith-number';
import type { Query } from '../query/parse-query';
import { requestMismatches, type RequestMismatch } from '../query/request-mismatch';
import type { Verdict } from '../verify/check-types';
import { headlineText } from '../verify/headline-text';
import type { VerifyEntry, VerifyReport } from '../verify/verify-document';
import type { AliasDeps, AliasHit } from './alias-suffix';
import { fetchMirrorText } from './mirror-fetch';
import { expandPattern, type MirrorConfig } from './mirror-config';

export type AttemptOutcome =
  | 'found'
  | 'incomplete'
  | 'not-found'
  | 'offline'
  | 'unreachable'
  | 'timeout'
  | 'http-error'
  | 'too-large'
  | 'bad-json'
  | 'wrong-record'
  | 'other-record'
  | 'invalid'
  | 'no-index'
  | 'not-in-index'
  | 'ambiguous';

/** What one mirror answered (or why it was not asked), in words. */
export interface Attempt {
  readonly mirrorId: string;
  readonly mirrorName: string;
  readonly url: string | null;
  readonly outcome: AttemptOutcome;
  readonly message: string;
  readonly ms: number | null;
  /** 'ambiguous' only: the records that share the short prefix asked for, on this mirror. */
  readonly shared?: readonly string[];
}

export interface ResolvedRecord {
  readonly suffix: string;
  readonly mirror: MirrorConfig;
  readonly url: string;
  readonly text: string;
  readonly report: VerifyReport;
  /** How this record differs from what was asked for; empty when it is the record asked for. */
  readonly mismatches: readonly RequestMismatch[];
  readonly attempts: readonly Attempt[];
  /** e.g. "pith numbers a different version". */
  readonly note: string | null;
}

/** The answers that are no answer: the mirror could not be asked, or said nothing about the record. */
const NO_ANSWER: ReadonlySet<AttemptOutcome> = new Set(['offline', 'unreachable', 'timeout', 'http-error']);

/** How many mirrors gave no answer about the record in any of their attempts. */
function unansweredMirrors(attempts: readonly Attempt[]): number {
  const answered = new Set(attempts.filter((a) => !NO_ANSWER.has(a.outcome)).map((a) => a.mirrorId));
  return new Set(attempts.filter((a) => NO_ANSWER.has(a.outcome) && !answered.has(a.mirrorId)).map((a) => a.mirrorId)).size;
}

/** Every record the attempts name for a shared prefix, and `also`, each once, in the order named. */
function sharedRecords(attempts: readonly Attempt[], also: readonly string[]): string[] {
  return [...new Set([...attempts.flatMap((a) => a.shared ?? []), ...also])];
}

/** Why no copy was found, with every mirror's answer. */
export class ResolveError extends Error {
  /**
   * 'no-mirrors': none is enabled, so none was asked; 'not-found': the mirrors that answered lack it;
   * 'ambiguous': a mirror knows several records with the short prefix asked for, and none served one.
   */
  readonly kind: 'not-found' | 'no-mirrors' | 'network' | 'offline' | 'wrong-record' | 'ambiguous';
  readonly attempts: readonly Attempt[];
  /**
   * How many of the mirrors asked gave no answer about the record (down, timed out, a server error):
   * a 'not-found' with some is "not on the mirrors that answered", never "in no mirror" (a new
   * user's walk-through, 2026-12-03).
   */
  readonly unanswered: number;
  /** 'ambiguous': every record the mirrors named for the prefix, each once, in the order named (each mirror names at most 10: alias-lookup.ts). */
  readonly shared: readonly string[];
  /** `also`: records found by the prefix on a mirror that knew only one (kept among `shared`). */
  constructor(kind: ResolveError['kind'], message: string, attempts: readonly Attempt[], also: readonly string[] = []) {
    super(message);
    this.name = 'ResolveError';
    this.kind = kind;
    this.attempts = attempts;
    this.unanswered = unansweredMirrors(attempts);
    this.shared = sharedRecords(attempts, also);
  }
}

export interface ResolveDeps extends AliasDeps {
  readonly mirrors: readonly MirrorConfig[];
  /** Verifies a served document's text (the app: in the page or its worker, with the user's keys). */
  readonly verify: (text: string) => Promise<readonly VerifyEntry[]>;
}

function suffixOfNumber(n: string | null): string | null {
  if (!n) return null;
  const p = parsePithNumber(n);
  return p.ok ? p.value.suffix : null;
}

async function suffixFor(query: Query, mirror: MirrorConfig, deps: ResolveDeps): Promise<AliasHit | Attempt> {
  if (query.type === 'pith' && query.pith.suffix.length === 26) return { suffix: query.pith.suffix };
  // Only a query that is no full number reads an alias index: its code is fetched then (alias-suffix.ts).
  const { aliasSuffix } = await import('./alias-suffix');
  const got = await aliasSuffix(query, mirror, deps);
  return 'suffix' in got ? got : { mirrorId: mirror.id, mirrorName: mirror.name, ms: null, ...got };
}

const RANK: Record<Verdict, number> = { verified: 3, incomplete: 2, invalid: 1 };

/** How good a copy is to show: a copy that is not the one asked for ranks below every copy that is. */
function standing(r: ResolvedRecord): number {
  return r.mismatches.length > 0 ? 0 : RANK[r.report.verdict];
}

/** What one copy, of the right suffix, says about itself, as an attempt. */
function judged(resolved: ResolvedRecord): Pick<Attempt, 'outcome' | 'message'> {
  const { report, mismatches } = resolved;
  if (mismatches.length > 0) return { outcome: 'other-record', message: `served ${report.verdict === 'verified' ? 'a verified' : report.verdict === 'invalid' ? 'an invalid' : 'an incomplete'} record, but not the one asked for: ${mismatches.map((m) => m.message).join(' ')}` };
  if (report.verdict === 'invalid') return { outcome: 'invalid', message: `served a copy that fails ${report.checks.filter((c) => c.status === 'fail').map((c) => c.id).join(', ')}` };
  return { outcome: report.verdict === 'verified' ? 'found' : 'incomplete', message: `served ${report.verdict === 'verified' ? 'a verified' : 'an incomplete'} copy: ${headlineText(report.headline)}` };
}

/**
 * The copy to show with every mirror's answer; but when a mirror asked before said several records
 * share the short prefix asked for, one mirror's single match does not make it unique: the lookup is
 * ambiguous, and this copy is one of the records to pick from (a walk-through, 2026-12-04: it opened
 * as a plain "Verified").
 */
function withAnswers(r: ResolvedRecord, query: Query, attempts: Attempt[]): ResolvedRecord {
  if (!attempts.some((a) => a.outcome === 'ambiguous')) return { ...r, attempts };
  throw ambiguous(query, attempts, [r.suffix]);
}

function ambiguous(query: Query, attempts: readonly Attempt[], also: readonly string[] = []): ResolveError {
  const what = query.type === 'pith' ? `the prefix ${query.pith.suffix}` : query.understood;
  return new ResolveError('ambiguous', `${sharedRecords(attempts, also).length} records share ${what}: give more characters, or pick one.`, attempts, also);
}

/**
 * The best copy of the record the query names, with every mirror's answer; throws ResolveError when
 * no mirror served one (kind: no-mirrors; else wrong-record, offline, network or not-found, in that order of blame).
 */
export async function resolveRecord(query: Query, deps: ResolveDeps): Promise<ResolvedRecord> {
  const attempts: Attempt[] = [];
  let best: ResolvedRecord | null = null;
  if (!deps.mirrors.some((m) => m.enabled)) throw new ResolveError('no-mirrors', 'No mirror is enabled, so none was asked: turn one on in Settings.', attempts);
  for (const mirror of deps.mirrors) {
    if (!mirror.enabled) continue;
    const target = await suffixFor(query, mirror, deps);
    if ('outcome' in target) {
      attempts.push(target);
      continue;
    }
    // Several records can claim one arXiv id (two versions, or a forgery beside the real one): each
    // is asked, and the best copy kept, as across mirrors.
    for (const suffix of target.candidates ?? [target.suffix]) {
      const urls = [mirror.recordPattern, ...(mirror.bundlePattern ? [mirror.bundlePattern] : [])].map((p) => expandPattern(p, mirror, suffix));
      for (const url of urls) {
        const got = await fetchMirrorText(url, deps.io, deps.limits, deps.signal);
        const base = { mirrorId: mirror.id, mirrorName: mirror.name, url, ms: got.ms };
        if (got.kind === 'aborted') throw new ResolveError('network', 'Cancelled.', attempts);
        if (got.kind !== 'ok') {
          attempts.push({ ...base, outcome: got.kind === 'bad-bytes' ? 'bad-json' : got.kind, message: got.message });
          if (got.kind === 'not-found') continue;
          break;
        }
        const entries = await deps.verify(got.text);
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
        // The copy is of the record asked for when the number it claims, or the one computed from it
        // here, has this suffix: a forged claim on the right record is judged (and fails), not skipped.
        if (suffixOfNumber(report.claimedPithNumber) !== suffix && suffixOfNumber(report.computedPithNumber) !== suffix) {
          attempts.push({ ...base, outcome: 'wrong-record', message: `served ${report.pithNumber ?? 'a document with no pith number'} when asked for ${suffix}: a broken or hostile mirror` });
          break;
        }
        const resolved: ResolvedRecord = { suffix, mirror, url, text: got.text, report, mismatches: requestMismatches(query, report), attempts: [], note: target.note ?? null };
        attempts.push({ ...base, ...judged(resolved) });
        if (best === null || standing(resolved) > standing(best)) best = resolved;
        // A verified copy of what was asked cannot be bettered; anything less, and the next mirror is asked.
        if (standing(resolved) === RANK.verified) return withAnswers(resolved, query, attempts);
        break;
      }
    }
  }
  if (best) return withAnswers(best, query, attempts);
  const network = attempts.some((a) => a.outcome === 'offline' || a.outcome === 'unreachable' || a.outcome === 'timeout' || a.outcome === 'http-error');
  const wrong = attempts.some((a) => a.outcome === 'wrong-record');
  if (wrong) throw new ResolveError('wrong-record', 'A mirror served a different record than the one asked for, and no mirror served the right one.', attempts);
  // An answer, not an absence: the prefix names several records, and the user picks (a walk-through,
  // 2026-12-03: it was headed "Not found in any mirror").
  if (attempts.some((a) => a.outcome === 'ambiguous')) throw ambiguous(query, attempts);
  // Said plainly when it is so (issue 10): offline, and a "not found" from the mirrors that answered
  // without the network (the embedded one) says nothing of the others, which were never asked.
  if (attempts.some((a) => a.outcome === 'offline')) {
    throw new ResolveError('offline', 'This browser is offline, so no mirror could be asked for this record. Only the records saved for offline use (the embedded sample mirror’s) open now; this is not one of them.', attempts);
  }
  if (network && !attempts.some((a) => a.outcome === 'not-found' || a.outcome === 'not-in-index')) {
    throw new ResolveError('network', 'No mirror could be reached.', attempts);
  }
  const unanswered = unansweredMirrors(attempts);
  if (unanswered === 0) throw new ResolveError('not-found', `No mirror has ${query.understood}.`, attempts);
  throw new ResolveError('not-found', `None of the mirrors that answered has ${query.understood}; ${unanswered === 1 ? 'one' : unanswered} could not be asked.`, attempts);
}
