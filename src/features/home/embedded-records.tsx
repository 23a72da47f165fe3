/**
 * The home page's list of the embedded sample mirror's records, in a chunk of its own: reading the
 * mirror's alias index brings the core's mirror fetching with it (alias-fetch, alias-index,
 * mirror-fetch, decode-input), which the home page's first load then does not carry (issue 10).
 */
import { useQuery } from '@tanstack/react-query';
import { EMBEDDED_MIRROR } from '../../core/mirrors/mirror-config';
import { AppLink } from '../ui/app-link';
import { aliasIndexQuery, recordsOf } from '../mirrors/mirror-queries';
import { MirrorIndexPending } from './mirror-index-pending';

export function EmbeddedRecords() {
  const index = useQuery(aliasIndexQuery(EMBEDDED_MIRROR));
  const records = recordsOf(index.data);
  // The section and its heading are the home page's (home-page.tsx), drawn before this chunk arrives.
  return index.isPending ? (
    <MirrorIndexPending />
  ) : index.data === null || index.isError ? (
    <p className="text-sm text-red-700 dark:text-red-300">The embedded mirror's alias index could not be loaded.</p>
  ) : (
    <details className="rounded-lg border border-slate-200 p-3 dark:border-slate-700">
      <summary className="cursor-pointer text-sm">
        {records.length} real records from pith.science ({records.filter((r) => !r.built).length} as served, {records.filter((r) => r.built).length} rebuilt from recovered data)
      </summary>
      <ul className="mt-2 divide-y divide-slate-200 text-sm dark:divide-slate-800">
        {records.map((r) => (
          // The number breaks where it must: a 36-character mono number did not fit a phone's line and the page scrolled sideways.
          <li key={r.suffix} className="py-1.5 [overflow-wrap:anywhere]">
            <AppLink href={`/pith/${r.suffix}`} className="font-mono break-all text-teal-800 underline-offset-2 hover:underline dark:text-teal-300">
              {r.pith_number}
            </AppLink>
            <span className="ml-2 text-slate-700 dark:text-slate-300">{r.title ?? <em className="text-slate-500 dark:text-slate-400">title not recovered</em>}</span>
            {r.arxiv && <span className="ml-2 text-xs text-slate-500 dark:text-slate-400">arXiv {r.arxiv}</span>}
          </li>
        ))}
      </ul>
    </details>
  );
}
