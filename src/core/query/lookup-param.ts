/** The parameter of a lookup path (apart from query-path.ts: the entry chunk needs only this, for a deep link's first verdict). */

/** Which lookup a path names: /pith/<one segment>, /arxiv/<rest>, /doi/<rest>. */
export type LookupKind = 'pith' | 'arxiv' | 'doi';

/** What a lookup path's parameter is read as: the prefix that makes parseQuery read it as that kind (the router, and an explorer link pasted in the search box). */
export const LOOKUP_PREFIX: Readonly<Record<LookupKind, string>> = { pith: '', arxiv: 'arXiv:', doi: 'doi:' };

/**
 * Which lookup a path names and its parameter as the browser holds it (percent-encoded, not yet
 * decoded); null for any other path. Trailing slashes are no part of the id (the router drops them
 * too); a DOI that ends in one has it written %2F by pathForQuery.
 */
export function lookupPath(pathname: string): { readonly kind: LookupKind; readonly encoded: string } | null {
  const m = /^\/(?:(pith)\/([^/]+)|(arxiv|doi)\/(.+?))\/*$/.exec(pathname);
  return m ? { kind: (m[1] ?? m[3]) as LookupKind, encoded: m[2] ?? m[4]! } : null;
}

/**
 * The parameter of a lookup path (lookupPath), decoded once with decodeURIComponent: the one rule
 * of the router, the first verdict and the search box. Null for any other path, and for a parameter
 * that is not valid percent-encoding (RFC 3986 §2.1).
 */
export function lookupParam(pathname: string): { readonly kind: LookupKind; readonly raw: string } | null {
  const p = lookupPath(pathname);
  if (!p) return null;
  try {
    return { kind: p.kind, raw: decodeURIComponent(p.encoded) };
  } catch {
    return null;
  }
}
