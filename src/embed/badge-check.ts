/**
 * What a `<pith-badge>` shows, decided here from the core's report (issue 12): the badge only draws
 * it. Never green on a claim: "verified" only when the core's verdict is verified for the record it
 * fetched, and that record is the one asked for (its number begins with the characters asked, and
 * its arXiv id, version and year are those asked: requestMismatches, the app's own rule).
 *
 * The fetch is passed in, so this runs under test against real local servers and in the page.
 */
import { decodeInput } from '../core/documents/decode-input';
import { Keyring } from '../core/keyring';
import { lookupAlias, type AliasIndex } from '../core/mirrors/alias-index';
import { expandPattern, userMirror, PITH_SCIENCE_MIRROR, type MirrorConfig } from '../core/mirrors/mirror-config';
import { parseQuery, type Query } from '../core/query/parse-query';
import { requestMismatches } from '../core/query/request-mismatch';
import { readCapped } from '../core/read-capped';
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

/** The part of fetch's Response the badge reads. */
export interface BadgeResponse {
  readonly ok: boolean;
  readonly status: number;
  readonly redirected: boolean;
  readonly url: string;
  readonly body: ReadableStream<Uint8Array> | null;
}
export type BadgeFetch = (url: string, signal: AbortSignal) => Promise<BadgeResponse>;

const BOUND: Record<Binding, TitleBinding> = { signed: 'bound', 'hash-bound': 'bound', 'rehash-bound': 'bound', unbound: 'unbound', contradicted: 'contradicted' };
/** Per request, the body included: a mirror that trickles its answer is cut off too. */
export const BADGE_TIMEOUT_MS = 8000;
/** A record is a few KB and an alias index a few hundred; an answer past this is not read on. */
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

type Failure = { readonly status: 'not-found' | 'unreachable'; readonly why: string };
type Got = { readonly text: string } | Failure;

/** How long one request may take, body included, and how many bytes it may bring. */
export interface BadgeLimits {
  readonly timeoutMs: number;
  readonly maxBytes: number;
}
const LIMITS: BadgeLimits = { timeoutMs: BADGE_TIMEOUT_MS, maxBytes: BADGE_MAX_BYTES };

const size = (bytes: number) => (bytes >= 1024 * 1024 ? `${bytes / 1024 / 1024} MB` : `${bytes} bytes`);

/** One GET, body included, within the limits, decoded as strict UTF-8. */
async function getText(fetchFn: BadgeFetch, url: string, limits: BadgeLimits): Promise<Got> {
  const signal = AbortSignal.timeout(limits.timeoutMs);
  try {
    const res = await fetchFn(url, signal);
    // As in the app (fetch-with-timeout.ts): a mirror answers at its own URLs; a redirect elsewhere is refused.
    if (res.redirected && new URL(res.url).origin !== new URL(url).origin) {
      void res.body?.cancel();
      return { status: 'unreachable', why: `redirected to ${new URL(res.url).origin}, another host` };
    }
    if (res.status === 404 || res.status === 410) return { status: 'not-found', why: `HTTP ${res.status}` };
    if (!res.ok) return { status: 'unreachable', why: `HTTP ${res.status}` };
    if (!res.body) return { status: 'unreachable', why: 'an empty answer' };
    const bytes = await readCapped(res.body.getReader(), limits.maxBytes);
    if (bytes === 'too-big') return { status: 'unreachable', why: `an answer over ${size(limits.maxBytes)}, not read on` };
    const text = decodeInput(bytes);
    return text.ok ? { text: text.value } : { status: 'unreachable', why: 'an answer that is not UTF-8' };
  } catch (e) {
    if (signal.aborted) return { status: 'unreachable', why: `no whole answer within ${limits.timeoutMs / 1000} s` };
    return { status: 'unreachable', why: e instanceof Error ? e.message : String(e) };
  }
}

async function suffixAt(fetchFn: BadgeFetch, query: Query, mirror: MirrorConfig, limits: BadgeLimits): Promise<string | Failure> {
  if (query.type === 'pith' && query.pith.suffix.length === 26) return query.pith.suffix;
  if (!mirror.aliasIndexUrl) return { status: 'not-found', why: 'no alias index to look this up in' };
  const got = await getText(fetchFn, expandPattern(mirror.aliasIndexUrl, mirror), limits);
  if (!('text' in got)) return got;
  try {
    const hit = lookupAlias(JSON.parse(got.text) as AliasIndex, query);
    return hit.found ? hit.suffix : { status: 'not-found', why: 'not in its alias index' };
  } catch {
    return { status: 'not-found', why: 'an alias index that is not JSON' };
  }
}

const RANK = { verified: 3, incomplete: 2, invalid: 1, 'wrong-record': 0 } as const;

/**
 * Asks each mirror in turn and verifies what it serves, as the explorer does: a verified copy of the
 * record asked for ends the search; anything less is kept, the next mirror is asked, the best shown.
 */
export async function checkBadge(req: BadgeRequest, fetchFn: BadgeFetch, limits: BadgeLimits = LIMITS): Promise<BadgeState> {
  const query = queryOf(req);
  if (typeof query === 'string') return { kind: 'bad-input', reason: query };
  const { mirrors, errors } = badgeMirrors(req);
  if (mirrors.length === 0) return { kind: 'bad-input', reason: errors.join(' ') };
  const tried: string[] = [];
  const said: string[] = [];
  let answered = false;
  let best: Extract<BadgeState, { suffix: string }> | null = null;
  for (const mirror of mirrors) {
    const host = new URL(mirror.baseUrl).host;
    tried.push(host);
    const target = await suffixAt(fetchFn, query, mirror, limits);
    if (typeof target !== 'string') {
      if (target.status === 'not-found') answered = true;
      said.push(`${host}: ${target.why}`);
      continue;
    }
    const got = await getText(fetchFn, expandPattern(mirror.recordPattern, mirror, target), limits);
    if (!('text' in got)) {
      if (got.status === 'not-found') answered = true;
      said.push(`${host}: ${got.why}`);
      continue;
    }
    answered = true;
    const entries = await verifyText(got.text, { keyring: Keyring.pinned() });
    const report = entries.length === 1 ? entries[0]?.report : undefined;
    // One record per URL, and the one the mirror was asked for: anything else is not judged.
    if (!report || report.pithNumber?.split(':')[2] !== target) {
      said.push(`${host}: ${entries.length > 1 ? `${entries.length} documents where one record was expected` : report ? `a record for another number (${report.pithNumber})` : 'no readable record'}`);
      continue;
    }
    const failing = report.checks.find((c) => c.status === 'fail');
    const binding = report.fields.title?.binding;
    const mismatches = requestMismatches(query, report);
    const found: Found = {
      // The number computed here when verified; else the one the document claims (what the author embedded).
      number: (report.verdict === 'verified' ? report.computedPithNumber : report.pithNumber) ?? `pith:${target}`,
      suffix: target,
      title: report.title,
      titleBinding: binding ? BOUND[binding] : null,
      reason: mismatches.length > 0 ? mismatches.map((m) => m.message).join(' ') : report.verdict === 'invalid' && failing ? `${CHECK_TITLES[failing.id]} (${failing.id}) fails.` : report.headline.summary,
      mirror: host,
    };
    const state = { ...found, kind: mismatches.length > 0 ? ('wrong-record' as const) : report.verdict };
    if (best === null || RANK[state.kind] > RANK[best.kind]) best = state;
    if (state.kind === 'verified') return state;
  }
  if (best) return best;
  const detail = said.length > 0 ? ` ${said.join('; ')}.` : '';
  return answered
    ? { kind: 'not-found', tried, reason: `No mirror has this record (asked ${tried.join(', ')}).${detail}` }
    : { kind: 'unreachable', tried, reason: `No mirror could be reached (tried ${tried.join(', ')}).${detail}` };
}
