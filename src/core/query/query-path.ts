/** Deep links for queries and back (docs: README "Routes"). */
import { parseQuery, type Query } from './parse-query';
import { lookupParam, lookupPath } from './lookup-param';

/**
 * The deep link for a query: /pith/<SUFFIX>, /arxiv/<id>, /doi/<doi>, percent-encoded so that
 * lookupParam (lookup-param.ts) gives the id back exactly once the browser has parsed the URL
 * (WHATWG URL): a DOI may hold `?`, `#` or `%`, which would otherwise end the path or read as an
 * escape. Its slashes stay (/doi/10.48550/arXiv.1704.04289 reads as it is written), except when a
 * segment is `.` or `..`, which the URL parser would resolve away (even written %2E), or the id ends
 * in a slash, which the router drops: then every slash is %2F.
 */
export function pathForQuery(q: Query): string {
  switch (q.type) {
    case 'pith':
      // A typed year is kept: the record page says when the record's year is another (a walk-through,
      // 2026-12-03: pith:2018:<suffix> of a 2017 record opened as a plain "✓ Verified").
      return `/pith/${q.pith.year ? `pith:${q.pith.year}:` : ''}${q.pith.suffix}`;
    case 'arxiv':
      return `/arxiv/${encodeId(q.id)}${q.version ? `v${q.version}` : ''}`;
    case 'doi':
      return `/doi/${encodeId(q.doi)}`;
  }
}

function encodeId(id: string): string {
  const segments = id.split('/');
  // A `.` or `..` segment, or a trailing slash (which the router drops): every slash %2F.
  return segments.some((x) => x === '.' || x === '..') || id.endsWith('/') ? encodeURIComponent(id) : segments.map(encodeURIComponent).join('/');
}

/**
 * What the search box should hold on a page: the query the page was reached by (its deep link or
 * `?q=`), so a typo can be edited where it was typed. Empty on pages that are no lookup.
 */
export function queryTextOf(pathname: string, q: string | undefined): string {
  if (q !== undefined && q.trim() !== '') return q;
  // Not valid percent-encoding: shown as it stands, for the user to fix.
  return lookupParam(pathname)?.raw ?? lookupPath(pathname)?.encoded ?? '';
}

/** What a paste is, by its content (the one paste rule, README "Look up"). */
export type PasteKind =
  | { readonly kind: 'documents' }
  | { readonly kind: 'query'; readonly query: Query }
  | { readonly kind: 'text'; readonly message: string };

/**
 * The one paste rule, everywhere (the search box included): text that starts like JSON (`{` or `[`:
 * a record, bundle, state, array or JSON Lines) is verified as if dropped, unless a `[` opens an
 * identifier in brackets; text that reads as an
 * identifier (any pith form, arXiv id, DOI, URL) is looked up; anything else is neither.
 */
export function classifyPaste(text: string): PasteKind {
  const start = text.search(/\S/);
  if (start === -1) return { kind: 'text', message: 'Nothing to paste.' };
  const c = text[start];
  if (c === '{') return { kind: 'documents' };
  const q = parseQuery(text);
  // `[arXiv:1704.04289]` is an identifier in brackets; no JSON array of documents reads as one.
  if (c === '[' && !q.ok) return { kind: 'documents' };
  return q.ok ? { kind: 'query', query: q.value } : { kind: 'text', message: q.error.message };
}
