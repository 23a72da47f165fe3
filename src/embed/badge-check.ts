/**
 * What a `<pith-badge>` shows, decided here from the core's report (issue 12): the badge only draws
 * it. Never green on a claim: "verified" only when the core's verdict is verified for the record it
 * fetched, and that record is the one asked for (its number begins with the characters asked, and
 * its arXiv id, version and year are those asked: requestMismatches, the app's own rule).
 *
 * The fetch is passed in, so this runs under test against real local servers and in the page.
 */
import { Keyring } from '../core/keyring';
import { userMirror, PITH_SCIENCE_MIRROR, type MirrorConfig } from '../core/mirrors/mirror-config';
import type { FetchLimits, MirrorIo } from '../core/mirrors/mirror-fetch';
import { resolveRecord, ResolveError, type ResolvedRecord } from '../core/mirrors/resolve-record';
import { parseQuery, type Query } from '../core/query/parse-query';
import { CHECK_TITLES } from '../core/verify/check-catalog';
import type { Binding } from '../core/verify/report-types';
import { verifyText } from '../core/verify/verify-document';

export type TitleBinding = 'bound' | 'unbound' | 'contradicted';

type Found = { readonly number: string; readonly suffix: string; readonly title: string | null; readonly titleBinding: TitleBinding | null; readonly reason: string; readonly mirror: string };

/** The closed set of things a badge can say. */
export type BadgeState =
  | { readonly kind: 'checking' }
  | ({ readonly kind: 'verified' | 'incomplete' | 'invalid' } & Found)
  /** A mirror served a real record, but not the one asked for (another paper, version or year). */
  | ({ readonly kind: 'wrong-record' } & Found)
  | { readonly kind: 'unreachable' | 'not-found'; readonly tried: readonly string[]; readonly reason: string }
  | { readonly kind: 'bad-input'; readonly reason: string };

export interface BadgeRequest {
  /** The `number` attribute, else the `arxiv` one, as written. */
  readonly number: string | null;
  readonly arxiv: string | null;
  /** Mirror base URLs from the `mirror` attribute; empty: pith.science, then the explorer's own mirror. */
  readonly mirrors: readonly string[];
  /** The explorer's origin (where the badge script came from): its /mirror is the fallback mirror. */
  readonly explorer: string;
}

const BOUND: Record<Binding, TitleBinding> = { signed: 'bound', 'hash-bound': 'bound', 'rehash-bound': 'bound', unbound: 'unbound', contradicted: 'contradicted' };
/** Per request, the body included: a mirror that trickles its answer is cut off too. */
export const BADGE_TIMEOUT_MS = 8000;
/** A record is a few KB, a sharded index's root a few KB and a shard ~15 KB; an answer past this is not read on. */
export const BADGE_MAX_BYTES = 4 * 1024 * 1024;

/** The mirrors to ask, in order, and the `mirror` entries that are not usable mirror URLs (said by the element). */
export function badgeMirrors(req: BadgeRequest): { mirrors: MirrorConfig[]; errors: string[] } {
  const errors: string[] = [];
  const mirrors: MirrorConfig[] = [];
  const bases = req.mirrors.length > 0 ? req.mirrors : [PITH_SCIENCE_MIRROR.baseUrl, new URL('/mirror', req.explorer).href];
  for (const base of bases) {
    if (base === PITH_SCIENCE_MIRROR.baseUrl) {
      mirrors.push(PITH_SCIENCE_MIRROR);
      continue;
    }
    const m = userMirror(base, mirrors);
    if (m.ok) mirrors.push({ ...m.value, bundlePattern: null });
    else errors.push(m.error.message);
  }
  return { mirrors, errors };
}

function queryOf(req: BadgeRequest): Query | string {
  const text = req.number ?? (req.arxiv !== null ? `arXiv:${req.arxiv}` : null);
  if (text === null) return 'The badge needs a number="pith:YYYY:…" or an arxiv="…" attribute.';
  const q = parseQuery(text);
  return q.ok ? q.value : q.error.message;
}

/** How long one request may take, body included, and how many bytes it may bring. */
export type BadgeLimits = FetchLimits;
const LIMITS: BadgeLimits = { timeoutMs: BADGE_TIMEOUT_MS, maxBytes: BADGE_MAX_BYTES };

function foundState(r: ResolvedRecord): BadgeState {
  const { report } = r;
  const failing = report.checks.find((c) => c.status === 'fail');
  const binding = report.fields.title?.binding;
  const found: Found = {
    // The number computed here when verified; else the one the document claims (what the author embedded).
    number: (report.verdict === 'verified' ? report.computedPithNumber : report.pithNumber) ?? `pith:${r.suffix}`,
    suffix: r.suffix,
    title: report.title,
    titleBinding: binding ? BOUND[binding] : null,
    reason: r.mismatches.length > 0 ? r.mismatches.map((m) => m.message).join(' ') : report.verdict === 'invalid' && failing ? `${CHECK_TITLES[failing.id]} (${failing.id}) fails.` : report.headline.summary,
    mirror: hostOf(r.mirror),
  };
  return { ...found, kind: r.mismatches.length > 0 ? 'wrong-record' : report.verdict };
}

const hostOf = (m: MirrorConfig) => new URL(m.baseUrl).host;

/**
 * Asks each mirror in turn and verifies what it serves, with the app's own resolver
 * (src/core/mirrors/resolve-record.ts): a verified copy of the record asked for ends the search;
 * anything less is kept, the next mirror is asked, the best shown.
 */
export async function checkBadge(req: BadgeRequest, fetchFn: MirrorIo['fetch'], limits: BadgeLimits = LIMITS): Promise<BadgeState> {
  const query = queryOf(req);
  if (typeof query === 'string') return { kind: 'bad-input', reason: query };
  const { mirrors, errors } = badgeMirrors(req);
  if (mirrors.length === 0) return { kind: 'bad-input', reason: errors.join(' ') };
  const io: MirrorIo = { fetch: fetchFn, isOffline: () => globalThis.navigator?.onLine === false, pageHref: globalThis.location?.href };
  const keyring = Keyring.pinned();
  try {
    const r = await resolveRecord(query, { mirrors, io, limits, verify: (text) => verifyText(text, { keyring }) });
    return foundState(r);
  } catch (e) {
    if (!(e instanceof ResolveError)) throw e;
    const tried = mirrors.map(hostOf);
    const detail = e.attempts.length > 0 ? ` ${e.attempts.map((a) => `${a.mirrorName}: ${a.message}`).join('; ')}.` : '';
    // The markup names a prefix several records share: the author's to fix, so said as bad input.
    if (e.kind === 'ambiguous') return { kind: 'bad-input', reason: `${e.shared.length} records share that prefix on the mirrors asked: the badge needs the full number (pith:YYYY: and 26 characters).` };
    return e.kind === 'network' || e.kind === 'offline'
      ? { kind: 'unreachable', tried, reason: `No mirror could be reached (tried ${tried.join(', ')}).${detail}` }
      : { kind: 'not-found', tried, reason: `No mirror has this record (asked ${tried.join(', ')}).${detail}` };
  }
}
