/**
 * The record page below the verdict, the headline and the checks: aliases, anatomy, citations,
 * share, check all mirrors, events and merged state, derivation, receipt, claims, raw JSON and the report. A chunk of its own, loaded
 * after the first verdict is painted (issue 10), and drawn in the page's second pass (record-view.tsx).
 */
import { useQueries, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type RefObject } from 'react';
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

/** True once the element has come within a screen of the viewport (and stays true). */
function useNearViewport(ref: RefObject<HTMLElement | null>): boolean {
  const [near, setNear] = useState(() => typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    const el = ref.current;
    if (!el || near) return;
    const io = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && setNear(true), { rootMargin: '100% 0px' });
    io.observe(el);
    return () => io.disconnect();
  }, [ref, near]);
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
  const known = new Set(useQueries({ queries }).flatMap((q) => q.data ?? []));
  return (id: string) => known.has(id.replace(/v\d+$/, ''));
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

export function RecordDetails({ text, download, document, report, origin, deepLink, otherCopy }: RecordDetailsProps) {
  const suffix = report.pithNumber?.split(':').pop() ?? null;
  const detail = report.detail;
  const citationsRef = useRef<HTMLDivElement>(null);
  const citationsNear = useNearViewport(citationsRef);
  const citingIds = [...new Set((detail?.citations?.sample ?? []).flatMap((c) => (c.arxivId !== null ? [c.arxivId.replace(/v\d+$/, '')] : [])))].sort();
  const isKnownArxiv = useKnownArxiv(origin.type !== 'mirror', citationsNear, citingIds);
  return (
    <>
      <div className="min-w-0 space-y-8 lg:col-start-1">
        <AliasesTable report={report} />
        <NumberAnatomy report={report} />
        <div ref={citationsRef}>
          <CitationsList citations={detail?.citations ?? null} isKnownArxiv={isKnownArxiv} />
        </div>
        <SharePanel text={text} mirrorPath={origin.type === 'mirror' && suffix ? `/pith/${suffix}` : null} verified={report.verdict === 'verified'} deepLink={deepLink} otherCopy={otherCopy} pithNumber={deepLink !== null ? (report.derivation?.pithNumber ?? null) : null} />
        <AuditPanel pithNumber={report.pithNumber} reference={origin.type === 'mirror' || text === null ? null : { from: origin.type, copy: { label: origin.type === 'file' ? origin.name : 'the shared link', text, report } }} />
        <GraphPanel report={report} text={text} mirrorId={origin.type === 'mirror' ? (origin.attempts.find((a) => a.url === origin.url)?.mirrorId ?? null) : null} />
      </div>
      <div className="min-w-0 space-y-8 lg:col-start-2">
        <DerivationChain derivation={report.derivation} />
        <ReceiptPanel report={report} />
        <ClaimsBadges claims={detail?.serverClaims ?? []} />
        <RawJson text={text} download={download} suffix={suffix} kind={report.kind} />
        <ExportReport report={report} text={text} {...(document ? { document } : {})} source={reportSource(origin)} />
      </div>
    </>
  );
}
