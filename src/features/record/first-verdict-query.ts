/** Which deep links show their verdict before React (first-verdict.ts); read by src/main.ts. */
import { parseQuery, type Query } from '../../core/query/parse-query';
import { lookupParam } from '../../core/query/lookup-param';

/**
 * The query of a path answered before React: `/pith/<id>` whose id reads as a pith number
 * with its whole 26-character suffix (nothing else needs no alias index, and the router reads the
 * same parameter the same way, with lookupParam). Anything else is left to the app.
 */
export function firstVerdictQuery(pathname: string): Query | null {
  const param = lookupParam(pathname);
  if (param?.kind !== 'pith') return null;
  const parsed = parseQuery(param.raw);
  return parsed.ok && parsed.value.type === 'pith' && parsed.value.pith.suffix.length === 26 ? parsed.value : null;
}
