/**
 * A query that is no full number, looked up in a mirror's alias index (alias-index.ts reads the
 * index; docs/MIRROR-FORMAT.md gives the keys). Apart from the reading, which the home page needs
 * for its examples, so that only a lookup that needs it loads it (issue 10: the home page's first
 * load is held within 100 KB).
 *
 * @module alias-lookup
 */
import type { Query } from '../query/parse-query';
import { isPithSuffix, type AliasReader, type AliasValue, type IndexLookup } from './alias-index';

/** At most this many records claiming one arXiv id or DOI are asked for (a hostile index could name thousands). */
export const MAX_CANDIDATES = 4;
/** At most this many records sharing a short prefix are offered to pick from. */
export const MAX_SHARED = 10;

/**
 * One suffix for a value, or why not: the index maps the key to something that is not a suffix (a
 * broken or hostile index; never put into a URL), or several records share it. A short prefix
 * several share is a question for the user (give more characters); an arXiv id or DOI several
 * claim is answered by asking for each (`candidates`) and keeping the best copy.
 */
function single(value: AliasValue | undefined, what: string, shared: { readonly askEach: boolean; readonly hint: string }): IndexLookup | null {
  if (value === undefined) return null;
  const values: unknown[] = Array.isArray(value) ? value : [value];
  if (values.length === 0 || !values.every(isPithSuffix)) return { found: false, reason: `its alias index maps ${what} to something that is not a pith suffix: a broken or hostile index` };
  const suffixes = values as string[];
  if (suffixes.length === 1) return { found: true, suffix: suffixes[0]! };
  const list = `${suffixes.slice(0, 3).join(', ')}${suffixes.length > 3 ? ', …' : ''}`;
  if (!shared.askEach) return { found: false, reason: `${suffixes.length} records share ${what}: ${shared.hint} (${list})`, shared: suffixes.slice(0, MAX_SHARED) };
  const asked = suffixes.slice(0, MAX_CANDIDATES);
  return { found: true, suffix: asked[0]!, candidates: asked, note: `${suffixes.length} records claim ${what} here (${list}); ${asked.length === suffixes.length ? 'each was' : `the first ${asked.length} were`} asked for, and the best copy is shown` };
}

const EACH = { askEach: true, hint: '' } as const;

/** The suffix a mirror's alias index gives for a query, or why it gives none. */
export async function lookupAlias(read: AliasReader, query: Query): Promise<IndexLookup> {
  switch (query.type) {
    case 'pith': {
      const s = query.pith.suffix;
      if (s.length === 26) return { found: true, suffix: s };
      return single(await read(`pith_short_${s.length}:${s}`), `the prefix ${s}`, { askEach: false, hint: 'give more characters' }) ?? { found: false, reason: `no record with prefix ${s}` };
    }
    case 'arxiv': {
      if (query.version !== null) {
        const exact = single(await read(`arxiv_version:${query.id}v${query.version}`), `arXiv ${query.id}v${query.version}`, EACH);
        if (exact) return exact;
        const any = single(await read(`arxiv:${query.id}`), `arXiv ${query.id}`, EACH);
        if (any?.found) return { ...any, note: `pith numbers a different version of arXiv ${query.id}; v${query.version} has no pith number here` };
        return any ?? { found: false, reason: `arXiv ${query.id}v${query.version} is not in its alias index` };
      }
      return single(await read(`arxiv:${query.id}`), `arXiv ${query.id}`, EACH) ?? { found: false, reason: `arXiv ${query.id} is not in its alias index` };
    }
    case 'doi': {
      // DOIs are case-insensitive; pith writes 10.48550/arxiv.<id> (FORMAT.md §5).
      const hit = single(await read(`doi:${query.doi.toLowerCase()}`), `DOI ${query.doi}`, EACH) ?? (query.arxivId ? single(await read(`arxiv:${query.arxivId}`), `arXiv ${query.arxivId}`, EACH) : null);
      return hit ?? { found: false, reason: `DOI ${query.doi} is not in its alias index` };
    }
  }
}
