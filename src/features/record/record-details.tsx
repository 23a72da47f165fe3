/**
 * The record page below the verdict, the headline and the checks: aliases, anatomy, citations,
 * share, check all mirrors, events and merged state, derivation, receipt, claims, raw JSON and the report. A chunk of its own, loaded
 * after the first verdict is painted (issue 10), and drawn in the page's second pass (record-view.tsx).
 */
import { useQueries, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useState, type ReactElement } from 'react';
import { afterPaint } from '../ui/use-after-paint';
import type { ReportSource } from '../../core/report/build-report';
import type { VerifyReport } from '../../core/verify/verify-document';
import { AuditPanel } from '../compare/audit-panel';
import { knownArxivQuery } from '../mirrors/mirror-queries';
import { GraphPanel } from '../graph/graph-panel';
import { ExportReport } from '../report/export-report';
import { useSettings } from '../settings/settings-store';
import { SharePanel } from '../share/share-panel';
import { DerivationChain } from '../verification/derivation-chain';
import { AliasesTable, NumberAnatomy } from './aliases-table';
import { CitationsList } from './citations-list';
import { ClaimsBadges } from './claims-badges';
import { RawJson } from './raw-json';
import { ReceiptPanel } from './receipt-panel';
import type { RecordOrigin } from './record-origin';

/** True once the element has come within a screen of the viewport (and stays true); false while there is none. */
function useNearViewport(el: HTMLElement | null): boolean {
  const [near, setNear] = useState(() => typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    if (!el || near) return;
    const io = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && setNear(true), { rootMargin: '100% 0px' });
    io.observe(el);
    return () => io.disconnect();
  }, [el, near]);
  return near;
}

/**
 * Which citing papers have a record in a mirror. The alias indexes are asked for only when the list
 * is near the screen: a link to a full number needs no index (issue 10). Offline (a file), only
 * indexes already loaded are used: nothing is fetched.
 */
function useKnownArxiv(offline: boolean, wanted: boolean, ids: readonly string[]): (id: string) => boolean {
  const { mirrors } = useSettings();
  const client = useQueryClient();
  const queries = mirrors.filter((m) => m.enabled && m.aliasIndexUrl).map((m) => ({ ...knownArxivQuery(client, m, ids, offline), enabled: wanted && ids.length > 0 }));
  const known = useQueries({ queries }).flatMap((q) => q.data ?? []);
  // One function while the answer is the same, so the citations' panel is not drawn again for nothing.
  const key = [...new Set(known)].sort().join(' ');
  return useMemo(() => {
    const set = new Set(key.split(' '));
    return (id: string) => set.has(id.replace(/v\d+$/, ''));
  }, [key]);
}

/** The report names mirrors by an absolute URL, so its curl command works outside this app. */
function reportSource(origin: RecordOrigin): ReportSource {
  if (origin.type === 'mirror') return { type: 'mirror', mirror: origin.mirrorName, url: new URL(origin.url, window.location.href).href };
  if (origin.type === 'file') return { type: 'file', name: origin.name, index: origin.index };
  return { type: 'other', description: 'a share link (the record travelled in the link itself)' };
}

export interface RecordDetailsProps {
  text: string | null;
  download: Blob | null;
  document?: { readonly sha256Hex: string; readonly bytes: number };
  report: VerifyReport;
  origin: RecordOrigin;
  /** The deep link of the number computed here (null when none could be computed). */
  deepLink: string | null;
  /** The number's link when it opens another copy than this document (record-view.tsx), said as such. */
  otherCopy: string | null;
}

/**
 * How many of `total` panels to draw: one more in each task after a paint, not all in one commit.
 * Drawn at once, the panels were one 390–430 ms task at Lighthouse's 4× CPU slowdown (a trace,
 * 2026-12-04): the transition of the second pass fell back to a blocking render (a store the panels
 * read changed while it rendered, which React answers by rendering synchronously), and its commit
 * laid out the whole page for the citations' virtualizer. One panel per task keeps each short.
 */
function useStaged(total: number): number {
  const [shown, setShown] = useState(1);
  useEffect(() => {
    if (shown >= total) return;
    return afterPaint(() => setShown((n) => n + 1));
  }, [shown, total]);
  return shown;
}

export function RecordDetails({ text, download, document, report, origin, deepLink, otherCopy }: RecordDetailsProps) {
  const suffix = report.pithNumber?.split(':').pop() ?? null;
  const detail = report.detail;
  // A state, not a ref: the citations are drawn a few stages in, and the observer starts then.
  const [citationsEl, setCitationsEl] = useState<HTMLDivElement | null>(null);
  const citationsNear = useNearViewport(citationsEl);
  const citingIds = [...new Set((detail?.citations?.sample ?? []).flatMap((c) => (c.arxivId !== null ? [c.arxivId.replace(/v\d+$/, '')] : [])))].sort();
  const isKnownArxiv = useKnownArxiv(origin.type !== 'mirror', citationsNear, citingIds);
  // The same element objects from one stage to the next, so React does not draw a shown panel again.
  const [left, right] = useMemo(
    () => [
      [
        <AliasesTable key="aliases" report={report} />,
        <NumberAnatomy key="anatomy" report={report} />,
        <div key="citations" ref={setCitationsEl}>
          <CitationsList citations={detail?.citations ?? null} isKnownArxiv={isKnownArxiv} />
        </div>,
        <SharePanel key="share" text={text} mirrorPath={origin.type === 'mirror' && suffix ? `/pith/${suffix}` : null} verified={report.verdict === 'verified'} deepLink={deepLink} otherCopy={otherCopy} pithNumber={deepLink !== null ? (report.derivation?.pithNumber ?? null) : null} />,
        <AuditPanel key="audit" pithNumber={report.pithNumber} reference={origin.type === 'mirror' || text === null ? null : { from: origin.type, copy: { label: origin.type === 'file' ? origin.name : 'the shared link', text, report } }} />,
        <GraphPanel key="graph" report={report} text={text} mirrorId={origin.type === 'mirror' ? (origin.attempts.find((a) => a.url === origin.url)?.mirrorId ?? null) : null} />,
      ],
      [
        <DerivationChain key="derivation" derivation={report.derivation} />,
        <ReceiptPanel key="receipt" report={report} />,
        <ClaimsBadges key="claims" claims={detail?.serverClaims ?? []} />,
        <RawJson key="raw" text={text} download={download} suffix={suffix} kind={report.kind} />,
        <ExportReport key="export" report={report} text={text} {...(document ? { document } : {})} source={reportSource(origin)} />,
      ],
    ],
    [report, text, download, document, origin, deepLink, otherCopy, detail, suffix, isKnownArxiv],
  );
  // Side by side on a wide screen, so drawn in turn from both: the left column's i-th panel is stage 2i, the right's 2i + 1.
  const shown = useStaged(left.length + right.length);
  const column = (panels: readonly ReactElement[], offset: number) => panels.filter((_, i) => 2 * i + offset < shown);
  return (
    <>
      <div className="min-w-0 space-y-8 lg:col-start-1">{column(left, 0)}</div>
      <div className="min-w-0 space-y-8 lg:col-start-2">{column(right, 1)}</div>
    </>
  );
}
