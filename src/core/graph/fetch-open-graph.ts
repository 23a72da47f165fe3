/**
 * Fetches a record's open graph bundle and merged state from the mirrors (issue 11, FORMAT.md §6):
 * `{base}/pith/{suffix}/bundle.json` (the mirror's bundle pattern when it has one, then
 * `{base}/.well-known/pith/{suffix}/bundle.json`) and `{base}/pith/{suffix}/state.json`, the layout
 * of pith.science's manifest and docs/MIRROR-FORMAT.md. Each copy is verified like any document
 * (the injected `verify`, as resolveRecord does) before it is used.
 *
 * Mirrors are asked in order, the one that served the record first. A copy of the right kind whose
 * canonical record is another record's is kept only until a mirror serves one that is this record's:
 * a hostile mirror early in the list cannot hide a faithful one behind it.
 *
 * @module fetch-open-graph
 */
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
}

export interface GraphDeps {
  readonly mirrors: readonly MirrorConfig[];
  readonly io: MirrorIo;
  readonly verify: (text: string) => Promise<readonly VerifyEntry[]>;
  /** The record's canonical SHA-256 computed here: a copy of another record does not end the search. */
  readonly recordSha256: string | null;
  /** The mirror that served the record, asked first. */
  readonly firstMirrorId?: string;
  readonly limits?: FetchLimits;
  readonly signal?: AbortSignal;
}

const STANDARD = { bundle: '{base}/pith/{suffix}/bundle.json', wellKnown: '{base}/.well-known/pith/{suffix}/bundle.json', state: '{base}/pith/{suffix}/state.json' } as const;
const KIND = { bundle: 'bundle', state: 'state' } as const;
const LABEL = { bundle: 'an open graph bundle', state: 'a merged state' } as const;

function urlsOf(what: 'bundle' | 'state', mirror: MirrorConfig, suffix: string): string[] {
  const patterns = what === 'state' ? [STANDARD.state] : [mirror.bundlePattern ?? STANDARD.bundle, STANDARD.wellKnown];
  return [...new Set(patterns.map((p) => expandPattern(p, mirror, suffix)))];
}

async function fetchOne(what: 'bundle' | 'state', suffix: string, mirrors: readonly MirrorConfig[], deps: GraphDeps, attempts: GraphAttempt[]): Promise<GraphCopy | null> {
  let fallback: GraphCopy | null = null;
  for (const mirror of mirrors) {
    for (const url of urlsOf(what, mirror, suffix)) {
      const got = await fetchMirrorText(url, deps.io, deps.limits, deps.signal);
      const base = { what, mirrorId: mirror.id, mirrorName: mirror.name, url, ms: got.ms };
      if (got.kind === 'aborted') throw new DOMException('cancelled', 'AbortError');
      if (got.kind !== 'ok') {
        attempts.push({ ...base, outcome: got.kind === 'bad-bytes' ? 'bad-json' : got.kind, message: got.message });
        if (got.kind === 'not-found') continue;
        break;
      }
      const entries = await deps.verify(got.text);
      const report = entries.length === 1 ? entries[0]?.report : undefined;
      if (!report) {
        attempts.push({ ...base, outcome: 'bad-json', message: entries.length > 1 ? `served ${entries.length} documents where one was expected` : (entries[0]?.error?.message ?? 'served an empty document') });
        break;
      }
      if (report.kind !== KIND[what]) {
        attempts.push({ ...base, outcome: 'wrong-kind', message: `served ${report.kindLabel} where ${LABEL[what]} was expected` });
        break;
      }
      const copy: GraphCopy = { text: got.text, report, source: `${mirror.name}, ${url}` };
      const digest = report.derivation?.sha256Hex ?? null;
      if (deps.recordSha256 !== null && digest !== null && digest !== deps.recordSha256) {
        attempts.push({ ...base, outcome: 'other-record', message: `served ${LABEL[what]} whose canonical record is not this record’s` });
        fallback ??= copy;
        break;
      }
      attempts.push({ ...base, outcome: 'found', message: `served ${LABEL[what]} (${report.verdict} here)` });
      return copy;
    }
  }
  return fallback;
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
  const [bundle, state] = await Promise.all([fetchOne('bundle', suffix, mirrors, deps, bundleAttempts), fetchOne('state', suffix, mirrors, deps, stateAttempts)]);
  return { bundle, state, attempts: [...bundleAttempts, ...stateAttempts] };
}
