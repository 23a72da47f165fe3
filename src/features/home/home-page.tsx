/** The landing page: one search box, and examples that exist in the embedded mirror (so they always work). */
import { useDocumentTitle } from '../ui/use-document-title';
import { APP_NAME } from '../ui/page-title';
import { useQuery } from '@tanstack/react-query';
import { AppLink } from '../ui/app-link';
import { EMBEDDED_MIRROR } from '../../core/mirrors/mirror-config';
import { aliasIndexQuery, recordsOf } from '../mirrors/mirror-queries';
import { IntakePanel } from '../intake/intake-panel';
import { SearchBox } from '../lookup/search-box';

// Each ends with the verdict it gets here (e2e/lookup.spec.ts opens every one and holds it to that word).
const EXAMPLES: { input: string; why: string }[] = [
  { input: 'pith:2017:UTTGU3KIYM6JKD6ALUV7A7CX74', why: 'a complete signed record: verified' },
  { input: '1602.09102', why: 'an arXiv id; its hashes check, but no receipt: incomplete' },
  { input: '10.48550/arXiv.math/0702322', why: 'an arXiv DOI with an old-style id; no receipt: incomplete' },
  { input: 'pith:2016:2V63MMXA4I2KSJBWPFMRNI3PCH', why: 'signed, but no canonical record: incomplete' },
];

export function HomePage() {
  useDocumentTitle(APP_NAME);
  const index = useQuery(aliasIndexQuery(EMBEDDED_MIRROR));
  const records = recordsOf(index.data);
  return (
    <div className="mx-auto max-w-3xl space-y-10 py-8">
      <section className="space-y-4">
        <h1 className="text-3xl font-semibold tracking-tight">Is this record what it claims to be?</h1>
        <p className="text-slate-700 dark:text-slate-300">
          Look up a Pith Number, arXiv id or DOI. This browser recomputes the canonical hash, the number, the title and abstract hashes and the Ed25519 signature against a pinned key, and shows what the server merely claims apart from what it checked.
        </p>
        <SearchBox autoFocus />
      </section>
      <IntakePanel />
      <section aria-labelledby="examples-heading" className="space-y-3">
        <h2 id="examples-heading" className="text-lg font-semibold">
          Try one
        </h2>
        <ul className="grid gap-2 sm:grid-cols-2">
          {EXAMPLES.map((e) => (
            <li key={e.input} data-testid="example">
              <AppLink href={`/?q=${encodeURIComponent(e.input)}`} className="block rounded-lg border border-slate-200 p-3 hover:border-teal-600 focus-visible:outline-2 focus-visible:outline-teal-600 dark:border-slate-700">
                <span className="block font-mono text-sm break-all">{e.input}</span>
                <span className="text-xs text-slate-600 dark:text-slate-400">{e.why}</span>
              </AppLink>
            </li>
          ))}
        </ul>
      </section>
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
    </div>
  );
}
