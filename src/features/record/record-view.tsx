/**
 * One record, shown the same way whether it was fetched from a mirror, read from a file or opened
 * from a link: this browser's checks apart from the server's claims, the derivation, the paper,
 * aliases, citations, receipt and raw JSON. Everything trust-related comes from the core's report;
 * the text is used only to show and download the document as received.
 */
import { useDocumentTitle } from '../ui/use-document-title';
import { useQueries, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { RequestMismatch } from '../../core/query/request-mismatch';
import type { ReportSource } from '../../core/report/build-report';
import type { VerifyReport } from '../../core/verify/verify-document';
import { ComparePanel } from '../compare/compare-panel';
import { BUTTON_CLASS } from '../ui/button';
import { aliasIndexQuery } from '../mirrors/mirror-queries';
import { ExportReport } from '../report/export-report';
import { useSettings } from '../settings/settings-store';
import { SharePanel } from '../share/share-panel';
import { ChecksPanel } from '../verification/checks-panel';
import { DerivationChain } from '../verification/derivation-chain';
import { AliasesTable, NumberAnatomy } from './aliases-table';
import { CitationsList } from './citations-list';
import { CiteSnippets } from './cite-snippets';
import { ClaimsBadges } from './claims-badges';
import { PaperPanel } from './paper-panel';
import { RawJson } from './raw-json';
import { ReceiptPanel } from './receipt-panel';
import { RecordHeader } from './record-header';
import { OriginLine, type RecordOrigin } from './record-origin';
import { PrintCard } from './print-card';

/** Which citing papers have a record in a mirror. Offline (a file), only indexes already loaded are used: nothing is fetched. */
function useKnownArxiv(offline: boolean): (id: string) => boolean {
  const { mirrors } = useSettings();
  const client = useQueryClient();
  const wanted = mirrors.filter((m) => m.enabled && m.aliasIndexUrl).map((m) => aliasIndexQuery(m));
  const indexes = useQueries({ queries: offline ? [] : wanted }).map((q) => q.data);
  const cached = offline ? wanted.map((q) => client.getQueryData(q.queryKey)) : [];
  return (id: string) => [...indexes, ...cached].some((ix) => ix?.aliases[`arxiv:${id.replace(/v\d+$/, '')}`] !== undefined);
}

/**
 * False for the first render, true a task later (after the browser has painted): the verdict,
 * headline, paper and checks come first, and the secondary panels in a second, shorter task. One
 * render of the whole page was one 57–67 ms task on first open here (94–120 ms for a 200 MB
 * record), which a host 2.5× slower would stretch past the 200 ms the e2e tests allow.
 */
function useSecondPass(): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => (timer = setTimeout(() => setReady(true), 0)));
    return () => {
      cancelAnimationFrame(frame);
      if (timer !== undefined) clearTimeout(timer);
    };
  }, []);
  return ready;
}

/** The report names mirrors by an absolute URL, so its curl command works outside this app. */
function reportSource(origin: RecordOrigin): ReportSource {
  if (origin.type === 'mirror') return { type: 'mirror', mirror: origin.mirrorName, url: new URL(origin.url, window.location.href).href };
  if (origin.type === 'file') return { type: 'file', name: origin.name, index: origin.index };
  return { type: 'other', description: 'a share link (the record travelled in the link itself)' };
}

function Mismatches({ mismatches }: { mismatches: readonly RequestMismatch[] }) {
  if (mismatches.length === 0) return null;
  return (
    <div role="note" className="rounded-md border border-amber-400 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-600 dark:bg-amber-950 dark:text-amber-100" data-testid="request-mismatch">
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
  const isKnownArxiv = useKnownArxiv(origin.type !== 'mirror');
  const suffix = report.pithNumber?.split(':').pop() ?? null;
  const detail = report.detail;
  const secondPass = useSecondPass();
  const short = suffix && /^[A-Z2-7]{8}/.test(suffix) ? `pith:${suffix.slice(0, 8)}` : report.kindLabel;
  const title = report.title ? (report.title.length > 80 ? `${report.title.slice(0, 80)}…` : report.title) : `Untitled ${report.kindLabel}`;
  useDocumentTitle(`${report.verdict === 'verified' ? '' : `${report.verdict[0]!.toUpperCase()}${report.verdict.slice(1)}: `}${title} · ${short}`);
  // The QR code and the card link to the number computed here, not the one the document claims.
  const deepLink = report.derivation ? new URL(`/pith/${report.derivation.suffix}`, window.location.href).href : null;
  const [checkedAt] = useState(() => new Date());
  // Reading (and keyboard) order: the verdict and its headline, the checks, then the paper, then
  // everything secondary. On a wide screen the paper sits left of the checks; below both, two stacks.
  return (
    <>
    <article className="space-y-6 print:hidden" data-testid="record-view" data-kind={report.kind} data-record-verdict={report.verdict}>
      <RecordHeader
        report={report}
        cite={
          <details className="mt-1 w-full sm:w-auto" data-testid="cite-details">
            <summary className={`${BUTTON_CLASS} list-none`}>Cite</summary>
            <div className="mt-2 rounded-lg border border-slate-200 p-3 sm:absolute sm:z-30 sm:max-w-2xl sm:bg-white sm:shadow-lg dark:border-slate-700 sm:dark:bg-slate-900">
              <CiteSnippets report={report} />
            </div>
          </details>
        }
      />
      <Mismatches mismatches={mismatches} />
      <OriginLine origin={origin} provenance={detail?.provenance ?? null} />
      <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_minmax(0,1fr)] lg:items-start">
        <div className="min-w-0 space-y-8 lg:col-start-2 lg:row-start-1" data-testid="primary-checks">
          <ChecksPanel checks={report.checks} />
          {secondPass && report.unknowns.length > 0 && (
            <section aria-labelledby="unknowns-heading" className="space-y-2" data-testid="unknowns">
              <h2 id="unknowns-heading" className="text-lg font-semibold">
                Unknown / not checkable
              </h2>
              <ul className="list-disc space-y-1 pl-5 text-sm text-slate-700 dark:text-slate-300">
                {report.unknowns.map((u) => (
                  <li key={u}>{u}</li>
                ))}
              </ul>
            </section>
          )}
        </div>
        <div className="min-w-0 lg:col-start-1 lg:row-start-1">
          <PaperPanel report={report} />
        </div>
        {!secondPass && <p className="text-sm text-slate-500 dark:text-slate-400" aria-hidden="true">Loading the cite, aliases, derivation, receipt and raw JSON…</p>}
        {secondPass && (
          <>
            <div className="min-w-0 space-y-8 lg:col-start-1">
              <AliasesTable report={report} />
              <NumberAnatomy report={report} />
              <CitationsList citations={detail?.citations ?? null} isKnownArxiv={isKnownArxiv} />
              <SharePanel text={text} mirrorPath={origin.type === 'mirror' && suffix ? `/pith/${suffix}` : null} verified={report.verdict === 'verified'} deepLink={deepLink} />
              {origin.type !== 'mirror' && text !== null && <ComparePanel text={text} pithNumber={report.pithNumber} />}
            </div>
            <div className="min-w-0 space-y-8 lg:col-start-2">
              <DerivationChain derivation={report.derivation} />
              <ReceiptPanel report={report} />
              <ClaimsBadges claims={detail?.serverClaims ?? []} />
              <RawJson text={text} download={download} suffix={suffix} />
              <ExportReport report={report} text={text} {...(document ? { document } : {})} source={reportSource(origin)} />
            </div>
          </>
        )}
      </div>
    </article>
    {secondPass && <PrintCard report={report} origin={origin} deepLink={deepLink} checkedAt={checkedAt} />}
    </>
  );
}
