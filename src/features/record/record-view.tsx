/**
 * One record, shown the same way whether it was fetched from a mirror or read
 * from a file: this browser's checks apart from the server's claims, the
 * derivation, the paper, aliases, citations, receipt and raw JSON.
 */
import { useQueries, useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { VerifyReport } from '../../core/verify/verify-document';
import { aliasIndexQuery } from '../mirrors/mirror-queries';
import { useSettings } from '../settings/settings-store';
import { ChecksPanel } from '../verification/checks-panel';
import { DerivationChain } from '../verification/derivation-chain';
import { AliasesTable, NumberAnatomy } from './aliases-table';
import { CitationsList } from './citations-list';
import { CiteSnippets } from './cite-snippets';
import { ClaimsBadges } from './claims-badges';
import { PaperPanel } from './paper-panel';
import { RawJson } from './raw-json';
import { readRecord } from './read-record';
import { ReceiptPanel } from './receipt-panel';
import { RecordHeader } from './record-header';
import { OriginLine, type RecordOrigin } from './record-origin';
import { buildKeyring } from '../../core/user-keys';
import { ComparePanel } from '../compare/compare-panel';
import { SharePanel } from '../share/share-panel';
import { ExportReport } from '../report/export-report';

function parseForDisplay(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** Which citing papers have a record in a mirror. Offline (a file), only indexes already loaded are used: nothing is fetched. */
function useKnownArxiv(offline: boolean): (id: string) => boolean {
  const { mirrors } = useSettings();
  const client = useQueryClient();
  const wanted = mirrors.filter((m) => m.enabled && m.aliasIndexUrl).map((m) => aliasIndexQuery(m));
  const indexes = useQueries({ queries: offline ? [] : wanted }).map((q) => q.data);
  const cached = offline ? wanted.map((q) => client.getQueryData(q.queryKey)) : [];
  return (id: string) => [...indexes, ...cached].some((ix) => ix?.aliases[`arxiv:${id.replace(/v\d+$/, '')}`] !== undefined);
}

export function RecordView({ text, doc: givenDoc, report, origin }: { text: string; doc?: unknown; report: VerifyReport; origin: RecordOrigin }) {
  const doc = useMemo(() => givenDoc ?? parseForDisplay(text), [givenDoc, text]);
  const fields = useMemo(() => readRecord(doc), [doc]);
  const isKnownArxiv = useKnownArxiv(origin.type !== 'mirror');
  const suffix = report.pithNumber?.split(':').pop() ?? null;
  const { userKeys } = useSettings();
  const receiptKeyId = fields.receipt?.keyId ?? null;
  const key = receiptKeyId ? buildKeyring(userKeys).keyring.get(receiptKeyId) : undefined;
  return (
    <article className="space-y-6" data-testid="record-view" data-kind={report.kind}>
      <RecordHeader fields={fields} report={report} />
      <OriginLine origin={origin} provenance={fields.provenance} />
      <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]">
        <div className="min-w-0 space-y-8">
          <PaperPanel doc={doc} report={report} />
          <CiteSnippets doc={doc} report={report} />
          <AliasesTable doc={doc} report={report} />
          <NumberAnatomy doc={doc} report={report} />
          <CitationsList doc={doc} isKnownArxiv={isKnownArxiv} />
          <SharePanel text={text} mirrorPath={origin.type === 'mirror' && suffix ? `/pith/${suffix}` : null} />
          {origin.type !== 'mirror' && <ComparePanel text={text} pithNumber={report.pithNumber} />}
        </div>
        <div className="min-w-0 space-y-8">
          <ChecksPanel checks={report.checks} />
          {report.unknowns.length > 0 && (
            <section aria-labelledby="unknowns-heading" className="space-y-2">
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
          <DerivationChain derivation={report.derivation} checks={report.checks} claimedNumber={report.claimedPithNumber} />
          <ReceiptPanel doc={doc} report={report} {...(key ? { signingKey: { keyId: key.keyId, fingerprintHex: key.fingerprintHex, origin: key.origin, rotatesAt: key.rotatesAt } } : {})} />
          <ClaimsBadges doc={doc} />
          <RawJson text={text} doc={doc} />
          <ExportReport report={report} text={text} doc={doc} source={origin} />
        </div>
      </div>
    </article>
  );
}
