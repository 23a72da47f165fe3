/** Deep links for queries and back (docs: README "Routes"). */
import { parseQuery, type Query } from './parse-query';

/** The deep link for a query: /pith/<SUFFIX>, /arxiv/<id>, /doi/<doi>. */
export function pathForQuery(q: Query): string {
  switch (q.type) {
    case 'pith':
      return `/pith/${q.pith.suffix}`;
    case 'arxiv':
      return `/arxiv/${q.id}${q.version ? `v${q.version}` : ''}`;
    case 'doi':
      return `/doi/${q.doi}`;
  }
}

/**
 * What the search box should hold on a page: the query the page was reached by (its deep link or
 * `?q=`), so a typo can be edited where it was typed. Empty on pages that are no lookup.
 */
export function queryTextOf(pathname: string, q: string | undefined): string {
  if (q !== undefined && q.trim() !== '') return q;
  const m = /^\/(pith|arxiv|doi)\/(.+)$/.exec(pathname);
  if (!m) return '';
  try {
    return decodeURIComponent(m[2]!);
  } catch {
    return m[2]!;
  }
}

/** What a paste is, by its content (the one paste rule, README "Look up"). */
export type PasteKind =
  | { readonly kind: 'documents' }
  | { readonly kind: 'query'; readonly query: Query }
  | { readonly kind: 'text'; readonly message: string };

/**
 * The one paste rule, everywhere (the search box included): text that starts like JSON (`{` or `[`:
 * a record, bundle, state, array or JSON Lines) is verified as if dropped; text that reads as an
 * identifier (any pith form, arXiv id, DOI, URL) is looked up; anything else is neither.
 */
export function classifyPaste(text: string): PasteKind {
  const start = text.search(/\S/);
  if (start === -1) return { kind: 'text', message: 'Nothing to paste.' };
  const c = text[start];
  if (c === '{' || c === '[') return { kind: 'documents' };
  const q = parseQuery(text);
  return q.ok ? { kind: 'query', query: q.value } : { kind: 'text', message: q.error.message };
}
