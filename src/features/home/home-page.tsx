/** The landing page: one search box, and examples that exist in the embedded mirror (so they always work). */
import { useDocumentTitle } from '../ui/use-document-title';
import { APP_NAME } from '../ui/page-title';
import { Suspense, useSyncExternalStore } from 'react';
import { AppLink } from '../ui/app-link';
import { ChunkBoundary } from '../ui/chunk-boundary';
import { preloadable } from '../ui/preloadable';
import { MirrorIndexPending } from './mirror-index-pending';
import { IntakePanel } from '../intake/intake-panel';
import { SearchBox } from '../lookup/search-box';

// Each ends with the verdict it gets here (e2e/lookup.spec.ts opens every one and holds it to that word).
const EXAMPLES: { input: string; why: string }[] = [
  { input: 'pith:2017:UTTGU3KIYM6JKD6ALUV7A7CX74', why: 'a complete signed record: verified' },
  { input: '1602.09102', why: 'an arXiv id; its hashes check, but no receipt: incomplete' },
  { input: '10.48550/arXiv.math/0702322', why: 'an arXiv DOI with an old-style id; no receipt: incomplete' },
  { input: 'pith:2016:2V63MMXA4I2KSJBWPFMRNI3PCH', why: 'signed, but no canonical record: incomplete' },
];

const embeddedRecords = preloadable(() => import('./embedded-records').then((m) => m.EmbeddedRecords));
const EmbeddedRecords = embeddedRecords.Component;

// The list is below the fold and secondary: drawn once the app's warm-up begins (the browser's first
// idle moment, warm-up-app.ts), so its chunk and the mirror reading it brings are not part of the home
// page's first load (issue 10: 3.4 KB gzip, measured 2026-12-03).
let listTime = false;
const waiting = new Set<() => void>();
function subscribeList(onChange: () => void): () => void {
  waiting.add(onChange);
  return () => void waiting.delete(onChange);
}
const isListTime = () => listTime;

/** Called by the warm-up: the embedded mirror's list may be drawn now. */
export function showEmbeddedRecords(): Promise<void> {
  listTime = true;
  for (const show of waiting) show();
  waiting.clear();
  return embeddedRecords.preload();
}

export function HomePage() {
  useDocumentTitle(APP_NAME);
  const listShown = useSyncExternalStore(subscribeList, isListTime);
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
        {listShown ? (
          <ChunkBoundary what="The embedded mirror's list">
            <Suspense fallback={<MirrorIndexPending />}>
              <EmbeddedRecords />
            </Suspense>
          </ChunkBoundary>
        ) : (
          <MirrorIndexPending />
        )}
      </section>
    </div>
  );
}
