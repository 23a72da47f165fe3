/** The parameter of a lookup path (apart from query-path.ts: the entry chunk needs only this, for a deep link's first verdict). */

/** Which lookup a path names: /pith/<one segment>, /arxiv/<rest>, /doi/<rest>. */
export type LookupKind = 'pith' | 'arxiv' | 'doi';

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

/**
 * What is wrong with a link's percent-encoded text (RFC 3986 §2.1: each % is followed by two hex
 * digits, and the bytes they give are UTF-8, as decodeURIComponent reads them), or null when it
 * decodes. A browser's own reading turns bad bytes into U+FFFD without a word, which then read as
 * "not plain ASCII (a look-alike?)"; this says what the link holds. `form` says how '+' reads: a
 * space in a query string (application/x-www-form-urlencoded), itself in a path.
 */
export function percentEncodingProblem(encoded: string, where: string, form: 'query' | 'path'): string | null {
  try {
    decodeURIComponent(form === 'query' ? encoded.replaceAll('+', ' ') : encoded);
    return null;
  } catch {
    const bad = /%(?![0-9A-Fa-f]{2})/.exec(encoded);
    const what = bad ? `'${encoded.slice(bad.index, bad.index + 3)}' at character ${bad.index + 1} is not % and two hex digits` : 'its %-escapes do not spell UTF-8 text';
    const shown = encoded.length > 60 ? `${encoded.slice(0, 60)}…` : encoded;
    return `The ${where} of this link, '${shown}', is not valid percent-encoding: ${what} (RFC 3986 §2.1). Type what you were looking for below.`;
  }
}

/** A parameter of a query string as the link holds it, still percent-encoded (the last one when repeated, as URLSearchParams' record keeps it). */
export function rawSearchParam(search: string, name: string): string | undefined {
  let found: string | undefined;
  for (const part of search.replace(/^\?/, '').split('&')) {
    const eq = part.indexOf('=');
    const key = eq < 0 ? part : part.slice(0, eq);
    if (key === name) found = eq < 0 ? '' : part.slice(eq + 1);
  }
  return found;
}
