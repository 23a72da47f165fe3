/**
 * "Check all mirrors" (issue 11): every enabled mirror asked at once, only when the user asks (it
 * needs the network), each copy verified here and compared with a reference copy: the file or link
 * the user holds, else the first verified copy. The core's auditMirrors decides each mirror's
 * standing and every conflict; this panel only shows them.
 */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Fragment, useState } from 'react';
import type { AuditReference, AuditRow, AuditStanding, MirrorAudit } from '../../core/mirrors/audit-mirrors';
import { parsePithNumber } from '../../core/pith/pith-number';
import type { Query } from '../../core/query/parse-query';
import { auditQuery } from './audit-query';
import { useSettings } from '../settings/settings-store';
import { Button } from '../ui/button';
import { Disclosure } from '../ui/disclosure';
import { plural } from '../ui/plural';
import { VERDICT_ICON, VERDICT_WORD } from '../ui/status-style';
import { DiffTable } from './diff-table';

const STANDING: Record<AuditStanding, { readonly icon: string; readonly word: string; readonly className: string }> = {
  reference: { icon: '●', word: 'reference copy', className: 'text-slate-800 dark:text-slate-100' },
  identical: { icon: '✓', word: 'identical', className: 'text-emerald-800 dark:text-emerald-300' },
  'unsigned-differs': { icon: '≈', word: 'only unsigned data differs', className: 'text-slate-700 dark:text-slate-300' },
  conflict: { icon: '✗', word: 'conflict', className: 'font-semibold text-red-700 dark:text-red-300' },
  absent: { icon: '–', word: 'does not have it', className: 'text-slate-600 dark:text-slate-400' },
  unreachable: { icon: '?', word: 'could not be asked', className: 'text-slate-600 dark:text-slate-400' },
};

function Row({ row, referenceName }: { row: AuditRow; referenceName: string }) {
  const s = STANDING[row.standing];
  const cell = 'p-1.5 align-top';
  return (
    <Fragment>
      <tr data-audit-mirror={row.mirror.id} data-standing={row.standing} className={`border-t border-slate-200 dark:border-slate-700 ${row.standing === 'conflict' ? 'bg-red-50 dark:bg-red-950' : ''}`}>
        <th scope="row" className={`${cell} font-medium`}>
          {row.mirror.name}
        </th>
        <td className={`${cell} whitespace-nowrap ${s.className}`}>
          <span aria-hidden="true">{s.icon}</span> {s.word}
        </td>
        <td className={`${cell} whitespace-nowrap`}>{row.verdict ? `${VERDICT_ICON[row.verdict]} ${VERDICT_WORD[row.verdict]}` : '—'}</td>
        <td className={`${cell} font-mono`} title={row.canonicalSha256 ?? undefined}>
          {row.canonicalSha256 ? `${row.canonicalSha256.slice(0, 16)}…` : '—'}
        </td>
        <td className={`${cell} font-mono break-all`}>{row.number ?? '—'}</td>
        <td className={`${cell} whitespace-nowrap`}>{row.signature ? `${row.signature.status} (${row.signature.code})` : '—'}</td>
      </tr>
      {(row.conflicts.length > 0 || row.copy === null || row.differences.length > 0) && (
        <tr data-audit-detail={row.mirror.id} className={row.standing === 'conflict' ? 'bg-red-50 dark:bg-red-950' : ''}>
          <td colSpan={6} className="space-y-1 px-1.5 pb-2">
            {row.conflicts.map((c) => (
              <p key={c} className="text-red-800 dark:text-red-200">
                {c}.
              </p>
            ))}
            {row.copy === null && <p className="text-slate-600 dark:text-slate-400">{row.message}</p>}
            {row.differences.length > 0 && (
              <Disclosure summary={`Show the ${plural(row.differences.length, 'field')} that differ from ${referenceName}`} defaultOpen={row.standing === 'conflict'}>
                <DiffTable differences={row.differences} leftName={referenceName} rightName={`${row.mirror.name}'s copy`} />
              </Disclosure>
            )}
          </td>
        </tr>
      )}
    </Fragment>
  );
}

function AuditResult({ audit, onAgain }: { audit: MirrorAudit; onAgain: () => void }) {
  const ref = audit.reference;
  const referenceName = ref?.from === 'file' ? ref.label : ref ? `${audit.rows.find((r) => r.mirror.id === ref.mirrorId)?.mirror.name ?? 'the reference'}'s copy` : 'the reference';
  return (
    <div className="space-y-3">
      <p role="status" data-testid="audit-summary" data-conflict={audit.conflict} className={audit.conflict ? 'font-semibold text-red-800 dark:text-red-200' : ''}>
        <span aria-hidden="true">{audit.conflict ? '✗ ' : audit.reference ? '✓ ' : '– '}</span>
        {audit.summary}
      </p>
      <div className="overflow-x-auto">
        <table className="w-full min-w-[40rem] text-left text-xs">
          <caption className="sr-only">Each enabled mirror's copy of this record, compared with {referenceName}</caption>
          <thead>
            <tr>
              <th scope="col" className="p-1.5">Mirror</th>
              <th scope="col" className="p-1.5">Against the reference</th>
              <th scope="col" className="p-1.5">Verdict here</th>
              <th scope="col" className="p-1.5">Canonical SHA-256</th>
              <th scope="col" className="p-1.5">Number</th>
              <th scope="col" className="p-1.5">Signature</th>
            </tr>
          </thead>
          <tbody>
            {audit.rows.map((r) => (
              <Row key={r.mirror.id} row={r} referenceName={referenceName} />
            ))}
          </tbody>
        </table>
      </div>
      <Button onClick={onAgain}>Check again</Button>
    </div>
  );
}

export interface AuditPanelProps {
  /** The record's number, as the report gives it. */
  readonly pithNumber: string | null;
  /** The copy the user holds (a file, a link), compared with every mirror's; null on a mirror's record page. */
  readonly reference: { readonly from: 'file' | 'link'; readonly copy: AuditReference } | null;
}

export function AuditPanel({ pithNumber, reference }: AuditPanelProps) {
  const [asked, setAsked] = useState(false);
  const { mirrors, userKeys } = useSettings();
  const client = useQueryClient();
  const parsed = pithNumber ? parsePithNumber(pithNumber) : null;
  const query: Query | null = parsed?.ok ? { type: 'pith', pith: parsed.value, understood: `pith number ${parsed.value.suffix}` } : null;
  const enabled = mirrors.filter((m) => m.enabled);
  const placeholder: Query = { type: 'pith', pith: { year: null, suffix: '' }, understood: '' };
  const result = useQuery({ ...auditQuery(query ?? placeholder, mirrors, userKeys, client, reference?.copy ?? null), enabled: asked && query !== null });
  if (!query) return null;
  return (
    <section aria-labelledby="audit-heading" className="space-y-2" data-testid="mirror-audit">
      <h2 id="audit-heading" className="text-lg font-semibold">
        Check all mirrors
      </h2>
      <p className="text-sm text-slate-600 dark:text-slate-400">
        Asks the {plural(enabled.length, 'enabled mirror')} at once for this record, verifies every copy in this browser, and compares each with {reference ? `this ${reference.from}` : 'the first verified copy'}, field by field. A mirror that serves a different signed copy, or another key under a known key id, is flagged.
      </p>
      {!asked ? (
        <Button onClick={() => setAsked(true)} disabled={enabled.length === 0}>
          Check all mirrors <span className="text-xs text-slate-500 dark:text-slate-400">(needs network)</span>
        </Button>
      ) : result.isPending ? (
        <p className="text-sm" aria-busy="true">
          Asking {plural(enabled.length, 'mirror')}…
        </p>
      ) : result.isError ? (
        <p className="text-sm">The mirrors could not be compared: {result.error.message}</p>
      ) : (
        <AuditResult audit={result.data} onAgain={() => void result.refetch()} />
      )}
    </section>
  );
}
