/** The parameter of a lookup path (apart from query-path.ts: the entry chunk needs only this, for a deep link's first verdict). */

/** Which lookup a path names: /pith/<one segment>, /arxiv/<rest>, /doi/<rest>. */
export type LookupKind = 'pith' | 'arxiv' | 'doi';

/**
 * The parameter of a lookup path as the browser holds it (percent-encoded), decoded once with
 * decodeURIComponent: the one rule of the router, the first verdict and the search box. Null for any
 * other path, and for a parameter that is not valid percent-encoding (RFC 3986 §2.1).
 */
export function lookupParam(pathname: string): { readonly kind: LookupKind; readonly raw: string } | null {
  // Trailing slashes are no part of the id (the router drops them too); a DOI that ends in one has
  // it written %2F by pathForQuery.
  const m = /^\/(?:(pith)\/([^/]+)|(arxiv|doi)\/(.+?))\/*$/.exec(pathname);
  if (!m) return null;
  try {
    return { kind: (m[1] ?? m[3]) as LookupKind, raw: decodeURIComponent(m[2] ?? m[4]!) };
  } catch {
    return null;
  }
}
