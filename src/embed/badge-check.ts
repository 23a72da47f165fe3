/**
 * What a `<pith-badge>` shows, decided here from the core's report (issue 12): the badge only draws
 * it. Never green on a claim: "verified" only when the core's verdict is verified for the record it
 * fetched, and only for the number that was asked for.
 *
 * The fetch is passed in, so this runs under test against real local servers and in the page.
 */
import { CHECK_TITLES } from '../core/verify/check-catalog';
import { Keyring } from '../core/keyring';
import { lookupAlias, type AliasIndex } from '../core/mirrors/alias-index';
import { expandPattern, userMirror, PITH_SCIENCE_MIRROR, type MirrorConfig } from '../core/mirrors/mirror-config';
import { parseQuery, type Query } from '../core/query/parse-query';
import { verifyText } from '../core/verify/verify-document';
import type { Binding } from '../core/verify/report-types';

export type TitleBinding = 'bound' | 'unbound' | 'contradicted';

/** The closed set of things a badge can say. */
export type BadgeState =
  | { readonly kind: 'checking' }
  | { readonly kind: 'verified' | 'incomplete' | 'invalid'; readonly number: string; readonly suffix: string; readonly title: string | null; readonly titleBinding: TitleBinding | null; readonly reason: string; readonly mirror: string }
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

type Fetch = (url: string) => Promise<{ ok: boolean; status: number; redirected: boolean; url: string; text: () => Promise<string> }>;

const BOUND: Record<Binding, TitleBinding> = { signed: 'bound', 'hash-bound': 'bound', 'rehash-bound': 'bound', unbound: 'unbound', contradicted: 'contradicted' };
const TIMEOUT_MS = 8000;
const MAX_BYTES = 4 * 1024 * 1024;

/** The mirrors to ask, in order; an attribute that is not a usable mirror URL is said, not skipped. */
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

async function getText(fetchFn: Fetch, url: string): Promise<{ text: string } | { status: 'not-found' | 'unreachable'; why: string }> {
  try {
    const res = await Promise.race([fetchFn(url), new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no answer within ${TIMEOUT_MS / 1000} s`)), TIMEOUT_MS))]);
    // As in the app (fetch-with-timeout.ts): a mirror answers at its own URLs; a redirect elsewhere is refused.
    if (res.redirected && new URL(res.url).origin !== new URL(url).origin) return { status: 'unreachable', why: `redirected to ${new URL(res.url).origin}, another host` };
    if (res.status === 404 || res.status === 410) return { status: 'not-found', why: `HTTP ${res.status}` };
    if (!res.ok) return { status: 'unreachable', why: `HTTP ${res.status}` };
    const text = await res.text();
    if (text.length > MAX_BYTES) return { status: 'unreachable', why: 'answer too large' };
    return { text };
  } catch (e) {
    return { status: 'unreachable', why: e instanceof Error ? e.message : String(e) };
  }
}

async function suffixAt(fetchFn: Fetch, query: Query, mirror: MirrorConfig): Promise<string | null> {
  if (query.type === 'pith' && query.pith.suffix.length === 26) return query.pith.suffix;
  if (!mirror.aliasIndexUrl) return null;
  const got = await getText(fetchFn, expandPattern(mirror.aliasIndexUrl, mirror));
  if (!('text' in got)) return null;
  try {
    const hit = lookupAlias(JSON.parse(got.text) as AliasIndex, query);
    return hit.found ? hit.suffix : null;
  } catch {
    return null;
  }
}

/**
 * Asks each mirror in turn and verifies what it serves, as the explorer does: a verified copy ends
 * the search; an incomplete or invalid one is kept and the next mirror asked, and the best is shown.
 */
export async function checkBadge(req: BadgeRequest, fetchFn: Fetch): Promise<BadgeState> {
  const query = queryOf(req);
  if (typeof query === 'string') return { kind: 'bad-input', reason: query };
  const { mirrors, errors } = badgeMirrors(req);
  if (mirrors.length === 0) return { kind: 'bad-input', reason: errors.join(' ') };
  const tried: string[] = [];
  let reachable = false;
  let best: Extract<BadgeState, { number: string }> | null = null;
  const rank = { verified: 2, incomplete: 1, invalid: 0 } as const;
  for (const mirror of mirrors) {
    tried.push(new URL(mirror.baseUrl).host);
    const suffix = await suffixAt(fetchFn, query, mirror);
    if (suffix === null) continue;
    const got = await getText(fetchFn, expandPattern(mirror.recordPattern, mirror, suffix));
    if (!('text' in got)) {
      if (got.status === 'not-found') reachable = true;
      continue;
    }
    reachable = true;
    const [entry, ...more] = await verifyText(got.text, { keyring: Keyring.pinned() });
    const report = entry?.report;
    // One record per URL, and the one asked for: anything else is not this record's badge.
    if (!report || more.length > 0 || report.pithNumber?.split(':')[2] !== suffix) continue;
    const failing = report.checks.find((c) => c.status === 'fail');
    const binding = report.fields.title?.binding;
    const state = {
      kind: report.verdict,
      number: report.computedPithNumber ?? report.pithNumber ?? `pith:${suffix}`,
      suffix,
      title: report.title,
      titleBinding: binding ? BOUND[binding] : null,
      reason: report.verdict === 'invalid' && failing ? `${CHECK_TITLES[failing.id]} (${failing.id}) fails` : report.headline.summary,
      mirror: new URL(mirror.baseUrl).host,
    } as const;
    // A number written with another year than the record's is not this record's number: never green.
    const askedYear = query.type === 'pith' ? query.pith.year : null;
    if (askedYear && state.number.split(':')[1] !== askedYear) {
      return { ...state, kind: state.kind === 'invalid' ? 'invalid' : 'incomplete', reason: `The badge asks for pith:${askedYear}:…, but this record is ${state.number}.` };
    }
    if (best === null || rank[state.kind] > rank[best.kind]) best = state;
    if (state.kind === 'verified') return state;
  }
  if (best) return best;
  return reachable
    ? { kind: 'not-found', tried, reason: `No mirror has this record (asked ${tried.join(', ')}).` }
    : { kind: 'unreachable', tried, reason: `No mirror could be reached (tried ${tried.join(', ')}).` };
}
