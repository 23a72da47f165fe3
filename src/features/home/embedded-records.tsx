/**
 * The home page's list of the embedded sample mirror's records, in a chunk of its own: reading the
 * mirror's alias index brings the core's mirror fetching with it (alias-fetch, alias-index,
 * mirror-fetch, decode-input), which the home page's first load then does not carry (issue 10).
 */
import { useQuery } from '@tanstack/react-query';
import { EMBEDDED_MIRROR } from '../../core/mirrors/mirror-config';
import { AppLink } from '../ui/app-link';
import { aliasIndexQuery, recordsOf } from '../mirrors/mirror-queries';

export function EmbeddedRecords() {
  const index = useQuery(aliasIndexQuery(EMBEDDED_MIRROR));
  const records = recordsOf(index.data);
  return (
    <section aria-labelledby="mirror-heading" className="space-y-2">
      <h2 id="mirror-heading" className="text-lg font-semibold">
        In the embedded sample mirror
      </h2>
      {index.isPending ? (
        <p className="text-sm text-slate-500 dark:text-slate-400" aria-busy="true">
          Loading the mirror's index…
        </p>
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
      )}
    </section>
  );
}
