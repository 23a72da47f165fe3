/**
 * One record, shown the same way whether it was fetched from a mirror, read from a file or opened
 * from a link: this browser's checks apart from the server's claims, the derivation, the paper,
 * aliases, citations, receipt and raw JSON. Everything trust-related comes from the core's report;
 * the text is used only to show and download the document as received.
 */
import { useDocumentTitle } from '../ui/use-document-title';
import { startTransition, Suspense, useState } from 'react';
import { closeOnEscape } from '../ui/close-on-escape';
import { useAfterPaint } from '../ui/use-after-paint';
import { preloadable } from '../ui/preloadable';
import { ChunkBoundary } from '../ui/chunk-boundary';
import { mismatchLead } from '../../core/query/mismatch-lead';
import type { RequestMismatch } from '../../core/query/request-mismatch';
import type { VerifyReport } from '../../core/verify/verify-document';
import { BUTTON_CLASS } from '../ui/button';
import { ChecksPanel } from '../verification/checks-panel';
import { useMarkPageSettled } from '../verification/page-settled';
import { UnknownsList } from '../ui/unknowns-list';
import { PaperPanel } from './paper-panel';
import { RecordHeader } from './record-header';
import { recordTabTitle } from './record-tab-title';
import { MISMATCH_CLASS, RECORD_VIEW_CLASS } from './record-header-style';
import { OriginLine, type RecordOrigin } from './record-origin';

// Not needed for the verdict, so not loaded before it (issue 10): the panels below the checks, the
// print card and the citation formats come in their own chunks.
const details = preloadable(() => import('./record-details').then((m) => m.RecordDetails));
const printCard = preloadable(() => import('./print-card').then((m) => m.PrintCard));
const cite = preloadable(() => import('./cite-snippets').then((m) => m.CiteSnippets));
// A dropped bundle's or state's graph findings, at the top: loaded only for those kinds.
const graphAlert = preloadable(() => import('../graph/graph-alert').then((m) => m.GraphAlert));
const GraphAlert = graphAlert.Component;
const RecordDetails = details.Component;
const PrintCard = printCard.Component;
const CiteSnippets = cite.Component;

/** Fetches the record page's later chunks ahead of need (app warm-up, after the first verdict). */
export async function prefetchRecordChunks(): Promise<void> {
  await Promise.all([details.preload(), printCard.preload(), cite.preload(), graphAlert.preload()]);
}

/**
 * False for the first render, true a task later (after the browser has painted): the verdict,
 * headline, paper and checks come first, and the secondary panels in a second, shorter task. One
 * render of the whole page was one 57–67 ms task on first open here (94–120 ms for a 200 MB
 * record), which a host 2.5× slower would stretch past the 200 ms the e2e tests allow.
 */
function useSecondPass(): boolean {
  const [ready, setReady] = useState(false);
  // A transition, so React renders the second pass in slices of a few ms and yields between them:
  // no long task (Lighthouse's total blocking time on the seed's page, bench/lighthouse.ts).
  useAfterPaint(() => startTransition(() => setReady(true)));
  return ready;
}

/** Escape closes the Cite panel and gives the focus back to its button, as a menu would. */
function PrintPending() {
  return (
    <p className="hidden print:block" data-testid="print-pending">
      The verification card is still loading: print again in a moment.
    </p>
  );
}

function DetailsLoading() {
  return (
    <p className="text-sm text-slate-500 dark:text-slate-400" aria-hidden="true">
      Loading the cite, aliases, derivation, receipt and raw JSON…
    </p>
  );
}

/** Before the verdict, so it is read first: the verdict is about the record that came, not the one asked for. */
function Mismatches({ mismatches, pithNumber }: { mismatches: readonly RequestMismatch[]; pithNumber: string | null }) {
  if (mismatches.length === 0) return null;
  return (
    <div role="note" className={MISMATCH_CLASS} data-testid="request-mismatch">
      <strong className="mb-1 block" data-testid="mismatch-lead">
        {mismatchLead(pithNumber)}
      </strong>
      {mismatches.map((m) => (
        <p key={m.what} data-mismatch={m.what}>
          <span aria-hidden="true">! </span>
          {m.message}
        </p>
      ))}
    </div>
  );
}

export interface RecordViewProps {
  /** The document text as received; null when it is too large for the page (then `download` holds it). */
  text: string | null;
  download?: Blob | null;
  /** SHA-256 and UTF-8 length of the document, when the worker computed them (large documents). */
  document?: { readonly sha256Hex: string; readonly bytes: number };
  report: VerifyReport;
  origin: RecordOrigin;
  mismatches?: readonly RequestMismatch[];
}

export function RecordView({ text, download = null, document, report, origin, mismatches = [] }: RecordViewProps) {
  const detail = report.detail;
  const secondPass = useSecondPass();
  useMarkPageSettled();
  useDocumentTitle(recordTabTitle(report, mismatches.length > 0));
  // The QR code and the card link to the number computed here, not the one the document claims. That
  // link opens the mirrors' copy: it stands for this document only when this is the mirrors' copy,
  // or a document that verified (its signed core is the number's). An invalid file's card carried a
  // QR code that opened "Verified" (a new user's walk-through, 2026-12-03); it names the link instead.
  const numberLink = report.derivation ? new URL(`/pith/${report.derivation.suffix}`, window.location.href).href : null;
  const deepLink = numberLink !== null && (origin.type === 'mirror' || report.verdict === 'verified') ? numberLink : null;
  const otherCopy = deepLink === null ? numberLink : null;
  const [checkedAt] = useState(() => new Date());
  const [citeOpened, setCiteOpened] = useState(false);
  // Reading (and keyboard) order: the verdict and its headline, the checks, then the paper, then
  // everything secondary. On a wide screen the paper sits left of the checks; below both, two stacks.
  return (
    <>
    <article className={`${RECORD_VIEW_CLASS} print:hidden`} data-testid="record-view" data-kind={report.kind} data-record-verdict={report.verdict}>
      <Mismatches mismatches={mismatches} pithNumber={report.pithNumber} />
      <RecordHeader
        report={report}
        mismatched={mismatches.length > 0}
        cite={
          <details className="mt-1 w-full sm:w-auto" data-testid="cite-details" onKeyDown={closeOnEscape} onToggle={(e) => e.currentTarget.open && setCiteOpened(true)}>
            <summary className={`${BUTTON_CLASS} list-none`}>Cite</summary>
            <div className="mt-2 rounded-lg border border-slate-200 p-3 sm:absolute sm:right-0 sm:z-30 sm:w-full sm:max-w-2xl sm:bg-white sm:shadow-lg dark:border-slate-700 sm:dark:bg-slate-900">
              {/* Loaded when first opened (or by the warm-up after the verdict), not with the verdict. */}
              {citeOpened && (
                <ChunkBoundary what="The citation formats">
                  <Suspense fallback={<p className="text-sm text-slate-600 dark:text-slate-400">Loading the citation formats…</p>}>
                    <CiteSnippets report={report} />
                  </Suspense>
                </ChunkBoundary>
              )}
            </div>
          </details>
        }
      />
      {secondPass && text !== null && (report.kind === 'bundle' || report.kind === 'state') && (
        <ChunkBoundary what="The graph findings">
          <Suspense fallback={null}>
            <GraphAlert report={report} text={text} />
          </Suspense>
        </ChunkBoundary>
      )}
      <OriginLine origin={origin} provenance={detail?.provenance ?? null} />
      <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_minmax(0,1fr)] lg:items-start">
        <div className="min-w-0 space-y-8 lg:col-start-2 lg:row-start-1" data-testid="primary-checks">
          <ChecksPanel checks={report.checks} />
          {secondPass && report.unknowns.length > 0 && <UnknownsList items={report.unknowns} headingId="unknowns-heading" level={2} testId="unknowns" />}
        </div>
        <div className="min-w-0 lg:col-start-1 lg:row-start-1">
          <PaperPanel report={report} />
        </div>
        {secondPass ? (
          <ChunkBoundary what="The rest of this page (aliases, derivation, receipt, raw JSON)">
            <Suspense fallback={<DetailsLoading />}>
              <RecordDetails text={text} download={download} {...(document ? { document } : {})} report={report} origin={origin} deepLink={deepLink} otherCopy={otherCopy} />
            </Suspense>
          </ChunkBoundary>
        ) : (
          <DetailsLoading />
        )}
      </div>
    </article>
    {/* Printed before the card has loaded (it comes after the verdict), the page says so rather than print blank. */}
    <ChunkBoundary what="The verification card">
      {secondPass ? (
        <Suspense fallback={<PrintPending />}>
          <PrintCard report={report} origin={origin} deepLink={deepLink} otherCopy={otherCopy} checkedAt={checkedAt} />
        </Suspense>
      ) : (
        <PrintPending />
      )}
    </ChunkBoundary>
    </>
  );
}
