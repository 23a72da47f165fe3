/**
 * Which suffix a query that is no full number names on one mirror: looked up in its alias index
 * (docs/MIRROR-FORMAT.md; FORMAT.md §6 knows no resolve API). Apart from resolve-record.ts, which
 * imports it only for such a query, so that a full number's lookup (every `<pith-badge number=…>`,
 * a deep link) does not load the alias reading (issue 12: 2 KB gzip of the badge).
 *
 * @module alias-suffix
 */
import type { Query } from '../query/parse-query';
import { aliasReader, type AliasIndex, type AliasValue } from './alias-index';
import { lookupAlias } from './alias-lookup';
import { AliasIndexUnavailable, fetchAliasIndex, fetchAliasShard, type FetchedAliasIndex } from './alias-fetch';
import type { FetchLimits, MirrorIo } from './mirror-fetch';
import { expandPattern, type MirrorConfig } from './mirror-config';

/** What the lookup needs of the resolver's dependencies (ResolveDeps). */
export interface AliasDeps {
  readonly io: MirrorIo;
  /** A mirror's alias index; default: fetchAliasIndex each time (the app passes its query cache). */
  readonly aliasIndex?: (mirror: MirrorConfig) => Promise<FetchedAliasIndex | null>;
  /** One shard of a sharded index; default: fetchAliasShard each time (the app passes its query cache). */
  readonly aliasShard?: (mirror: MirrorConfig, index: Extract<AliasIndex, { form: 'sharded' }>, shard: string) => Promise<Readonly<Record<string, AliasValue>> | null>;
  readonly limits?: FetchLimits;
  readonly signal?: AbortSignal;
}

/** The suffix found (with a note, or the candidates when several records claim the id). */
export interface AliasHit {
  readonly suffix: string;
  readonly note?: string;
  readonly candidates?: readonly string[];
}

/** Why this mirror gave no suffix, as the resolver's attempt names it. */
export interface AliasMiss {
  readonly url: string | null;
  /** 'ambiguous': several records share the short prefix asked for (`shared` names them). */
  readonly outcome: 'no-index' | 'not-in-index' | 'ambiguous' | AliasIndexUnavailable['kind'];
  readonly message: string;
  readonly shared?: readonly string[];
}

/** Looks the query up in this mirror's alias index; never throws for a reason of the network. */
export async function aliasSuffix(query: Query, mirror: MirrorConfig, deps: AliasDeps): Promise<AliasHit | AliasMiss> {
  if (!mirror.aliasIndexUrl) {
    const what = query.type === 'pith' ? 'a short pith number' : query.type === 'arxiv' ? 'an arXiv id' : 'a DOI';
    return { url: null, outcome: 'no-index', message: `has no alias index, so it cannot look up ${what} (no resolve API is known, FORMAT.md §6)` };
  }
  const url = expandPattern(mirror.aliasIndexUrl, mirror);
  let hit: Awaited<ReturnType<typeof lookupAlias>>;
  try {
    const index = await (deps.aliasIndex ?? ((m) => fetchAliasIndex(m, deps.io, deps.limits, deps.signal)))(mirror);
    if (!index) return { url, outcome: 'no-index', message: 'it serves no alias index' };
    if (index.form === 'unusable') return { url, outcome: 'no-index', message: `its alias index cannot be read: ${index.reason}` };
    const shard = deps.aliasShard ?? ((m, ix, s) => fetchAliasShard(m, ix, s, deps.io, deps.limits, deps.signal));
    hit = await lookupAlias(aliasReader(index, (s) => (index.form === 'sharded' ? shard(mirror, index, s) : Promise.resolve(null))), query);
  } catch (e) {
    // Offline, unreachable or slow now: said as such, so the lookup ends "offline", not "not found".
    if (e instanceof AliasIndexUnavailable) return { url, outcome: e.kind, message: `its alias index could not be fetched: ${e.message}` };
    throw e;
  }
  if (!hit.found) return hit.shared ? { url, outcome: 'ambiguous', message: hit.reason, shared: hit.shared } : { url, outcome: 'not-in-index', message: hit.reason };
  return { suffix: hit.suffix, ...(hit.note ? { note: hit.note } : {}), ...(hit.candidates ? { candidates: hit.candidates } : {}) };
}
