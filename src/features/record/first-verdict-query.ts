/** Which deep links show their verdict before React (first-verdict.ts); read by src/main.ts. */
import { parseQuery, type Query } from '../../core/query/parse-query';

/**
 * The query of a path answered before React: `/pith/<id>` whose id reads as a pith number
 * with its whole 26-character suffix (nothing else needs no alias index, and the router reads the
 * same parameter the same way: router.tsx's ParamRoute). Anything else is left to the app.
 */
export function firstVerdictQuery(pathname: string): Query | null {
  const m = /^\/pith\/([^/]+)$/.exec(pathname);
  if (!m) return null;
  let raw: string;
  try {
    raw = decodeURIComponent(m[1]!);
  } catch {
    return null;
  }
  const parsed = parseQuery(raw);
  return parsed.ok && parsed.value.type === 'pith' && parsed.value.pith.suffix.length === 26 ? parsed.value : null;
}
