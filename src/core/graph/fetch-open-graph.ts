/**
 * Fetches a record's open graph bundle and merged state from the mirrors (issue 11, FORMAT.md §6):
 * `{base}/pith/{suffix}/bundle.json` (the mirror's bundle pattern when it has one, then
 * `{base}/.well-known/pith/{suffix}/bundle.json`) and `{base}/pith/{suffix}/state.json`, the layout
 * of pith.science's manifest and docs/MIRROR-FORMAT.md. Each copy is verified like any document
 * (the injected `verify`, as resolveRecord does) before it is used.
 *
 * Every enabled mirror is asked, the one that served the record first, and the best copy of each
 * kind is kept: one whose canonical record is this record's over one whose cannot be computed over
 * another record's, then the better verdict, then the fewer failed graph checks (the caller's rank).
 * So a hostile mirror early in the list cannot hide a faithful one behind it; and where mirrors
 * serve different copies (other events, other counts), that is said.
 *
 * @module fetch-open-graph
 */
import { canonicalText } from '../json/canonical-json';
import { parseJson } from '../json/parse-json';
import { expandPattern, type MirrorConfig } from '../mirrors/mirror-config';
import { fetchMirrorText, type FetchLimits, type MirrorIo } from '../mirrors/mirror-fetch';
import type { VerifyEntry } from '../verify/verify-document';
import type { GraphCopy } from './open-graph';

export type GraphAttemptOutcome = 'found' | 'other-record' | 'not-found' | 'offline' | 'unreachable' | 'timeout' | 'http-error' | 'too-large' | 'bad-json' | 'wrong-kind';

/** What one mirror answered for one document. */
export interface GraphAttempt {
  readonly what: 'bundle' | 'state';
  readonly mirrorId: string;
  readonly mirrorName: string;
  readonly url: string;
  readonly outcome: GraphAttemptOutcome;
  readonly message: string;
  readonly ms: number | null;
}

export interface FetchedGraph {
  readonly bundle: GraphCopy | null;
  readonly state: GraphCopy | null;
  readonly attempts: readonly GraphAttempt[];
  /** Where mirrors served different copies of one kind, in words; empty when they agree or one had it. */
  readonly disagreements: readonly string[];
}

export interface GraphDeps {
  readonly mirrors: readonly MirrorConfig[];
  readonly io: MirrorIo;
  /** Verifies a served document's text (the app: in the page or its worker, with the user's keys). */
  readonly verify: (text: string) => Promise<readonly VerifyEntry[]>;
  /** The record's canonical SHA-256 computed here: a copy of another record does not end the search. */
  readonly recordSha256: string | null;
  /** The mirror that served the record, asked first. */
  readonly firstMirrorId?: string;
  /** Added to a copy's standing among the mirrors' (the app: minus its failed and warned graph checks). */
  readonly rank?: (what: 'bundle' | 'state', copy: GraphCopy) => number;
  readonly limits?: FetchLimits;
  readonly signal?: AbortSignal;
}

const STANDARD = { bundle: '{base}/pith/{suffix}/bundle.json', wellKnown: '{base}/.well-known/pith/{suffix}/bundle.json', state: '{base}/pith/{suffix}/state.json' } as const;
const LABEL = { bundle: 'an open graph bundle', state: 'a merged state' } as const;

function urlsOf(what: 'bundle' | 'state', mirror: MirrorConfig, suffix: string): string[] {
  const patterns = what === 'state' ? [STANDARD.state] : [mirror.bundlePattern ?? STANDARD.bundle, STANDARD.wellKnown];
  return [...new Set(patterns.map((p) => expandPattern(p, mirror, suffix)))];
}

const VERDICT_RANK = { verified: 3, incomplete: 2, invalid: 1 } as const;

/** A copy's standing among the mirrors' copies: this record's over unknown over another's, then its verdict, then the caller's rank. */
function standing(copy: GraphCopy, what: 'bundle' | 'state', deps: GraphDeps): number {
  const digest = copy.report.derivation?.sha256Hex ?? null;
  const same = deps.recordSha256 === null || digest === null ? 1 : digest === deps.recordSha256 ? 2 : 0;
  return same * 1000 + VERDICT_RANK[copy.report.verdict] * 100 + (deps.rank?.(what, copy) ?? 0);
}

/** Two copies are the same copy when their canonical JSON is (whitespace and key order aside); else when their text is. */
function identity(copy: GraphCopy): string {
  const doc = parseJson(copy.text);
  const canonical = doc.ok ? canonicalText(doc.value) : null;
  return canonical?.ok ? canonical.value.text : copy.text;
}

/** One mirror's copy of `what`, or null, with its answers in `attempts`. Never throws for the mirror's sake. */
async function fromMirror(what: 'bundle' | 'state', suffix: string, mirror: MirrorConfig, deps: GraphDeps, attempts: GraphAttempt[]): Promise<GraphCopy | null> {
  for (const url of urlsOf(what, mirror, suffix)) {
    const got = await fetchMirrorText(url, deps.io, deps.limits, deps.signal);
    const base = { what, mirrorId: mirror.id, mirrorName: mirror.name, url, ms: got.ms };
    if (got.kind === 'aborted') throw new DOMException('cancelled', 'AbortError');
    if (got.kind !== 'ok') {
      attempts.push({ ...base, outcome: got.kind === 'bad-bytes' ? 'bad-json' : got.kind, message: got.message });
      if (got.kind === 'not-found') continue;
      return null;
    }
    let entries: readonly VerifyEntry[];
    try {
      entries = await deps.verify(got.text);
    } catch (e) {
      // A copy the verifier cannot get through is that mirror's failure, not the lookup's.
      attempts.push({ ...base, outcome: 'bad-json', message: `could not be verified: ${e instanceof Error ? e.message : String(e)}` });
      return null;
    }
    const report = entries.length === 1 ? entries[0]?.report : undefined;
    if (!report) {
      attempts.push({ ...base, outcome: 'bad-json', message: entries.length > 1 ? `served ${entries.length} documents where one was expected` : (entries[0]?.error?.message ?? 'served an empty document') });
      return null;
    }
    if (report.kind !== what) {
      attempts.push({ ...base, outcome: 'wrong-kind', message: `served ${report.kindLabel} where ${LABEL[what]} was expected` });
      return null;
    }
    const digest = report.derivation?.sha256Hex ?? null;
    const other = deps.recordSha256 !== null && digest !== null && digest !== deps.recordSha256;
    attempts.push({ ...base, outcome: other ? 'other-record' : 'found', message: other ? `served ${LABEL[what]} whose canonical record is not this record’s` : `served ${LABEL[what]} (${report.verdict} here)` });
    return { text: got.text, report, source: `${mirror.name}, ${url}` };
  }
  return null;
}

/**
 * Every enabled mirror's copy of `what`: the best is kept (module comment), and when mirrors serve
 * different copies, that is said, so a mirror that trims events or invents counts is seen.
 */
async function fetchOne(what: 'bundle' | 'state', suffix: string, mirrors: readonly MirrorConfig[], deps: GraphDeps, attempts: GraphAttempt[], disagreements: string[]): Promise<GraphCopy | null> {
  // Each copy's standing is worked out once (the caller's rank reads the whole copy).
  const found: { copy: GraphCopy; mirrorName: string; score: number }[] = [];
  for (const mirror of mirrors) {
    const copy = await fromMirror(what, suffix, mirror, deps, attempts);
    if (copy) found.push({ copy, mirrorName: mirror.name, score: standing(copy, what, deps) });
  }
  if (found.length === 0) return null;
  const best = found.reduce((a, b) => (b.score > a.score ? b : a));
  const kinds = new Map<string, string[]>();
  for (const f of found) {
    const id = identity(f.copy);
    kinds.set(id, [...(kinds.get(id) ?? []), f.mirrorName]);
  }
  if (kinds.size > 1) {
    disagreements.push(`The mirrors serve ${kinds.size} different ${what === 'bundle' ? 'bundles' : 'merged states'}: ${[...kinds.values()].map((names) => names.join(' and ')).join(' / ')}. Shown: ${best.mirrorName}’s, the best here.`);
  }
  return best.copy;
}

/**
 * The bundle and the merged state of `suffix` from the enabled mirrors (module comment), each
 * verified, with every mirror's answer. Null where no mirror has one; never throws for a mirror's
 * failure (only for cancellation).
 */
export async function fetchOpenGraph(suffix: string, deps: GraphDeps): Promise<FetchedGraph> {
  const enabled = deps.mirrors.filter((m) => m.enabled);
  const mirrors = [...enabled.filter((m) => m.id === deps.firstMirrorId), ...enabled.filter((m) => m.id !== deps.firstMirrorId)];
  const bundleAttempts: GraphAttempt[] = [];
  const stateAttempts: GraphAttempt[] = [];
  const disagreements: string[] = [];
  const [bundle, state] = await Promise.all([fetchOne('bundle', suffix, mirrors, deps, bundleAttempts, disagreements), fetchOne('state', suffix, mirrors, deps, stateAttempts, disagreements)]);
  return { bundle, state, attempts: [...bundleAttempts, ...stateAttempts], disagreements };
}
