/**
 * Alias index lookups: arXiv id, versioned id, DOI or a pith_short_* prefix →
 * suffix (no resolve API is known, FORMAT.md §6, so a mirror publishes its own).
 *
 * @module alias-index
 */
import type { Query } from '../query/parse-query';

export interface AliasIndex {
  readonly aliases: Readonly<Record<string, string>>;
  readonly records?: readonly { suffix: string; pith_number: string; title: string | null; arxiv: string | null; signed?: boolean; built?: boolean }[];
}

export type IndexLookup =
  | { readonly found: true; readonly suffix: string; readonly note?: string }
  | { readonly found: false; readonly reason: string };

/** The suffix a mirror's alias index gives for a query, or why it gives none. */
export function lookupAlias(index: AliasIndex, query: Query): IndexLookup {
  const get = (key: string) => index.aliases[key];
  switch (query.type) {
    case 'pith': {
      if (query.pith.suffix.length === 26) return { found: true, suffix: query.pith.suffix };
      const s = get(`pith_short_${query.pith.suffix.length}:${query.pith.suffix}`);
      return s ? { found: true, suffix: s } : { found: false, reason: `no record with prefix ${query.pith.suffix}` };
    }
    case 'arxiv': {
      if (query.version !== null) {
        const s = get(`arxiv_version:${query.id}v${query.version}`);
        if (s) return { found: true, suffix: s };
        const any = get(`arxiv:${query.id}`);
        if (any) return { found: true, suffix: any, note: `pith numbers a different version of arXiv ${query.id}; v${query.version} has no pith number here` };
        return { found: false, reason: `arXiv ${query.id}v${query.version} is not in its alias index` };
      }
      const s = get(`arxiv:${query.id}`);
      return s ? { found: true, suffix: s } : { found: false, reason: `arXiv ${query.id} is not in its alias index` };
    }
    case 'doi': {
      // DOIs are case-insensitive; pith writes 10.48550/arxiv.<id> (FORMAT.md §5).
      const s = get(`doi:${query.doi.toLowerCase()}`) ?? (query.arxivId ? get(`arxiv:${query.arxivId}`) : undefined);
      return s ? { found: true, suffix: s } : { found: false, reason: `DOI ${query.doi} is not in its alias index` };
    }
  }
}
