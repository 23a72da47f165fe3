/**
 * "Check all mirrors" (issue 11): every enabled mirror asked at once, only when the user asks (it
 * needs the network), each copy verified here and compared with a reference copy: the file or link
 * the user holds, else the best copy (verified over incomplete over invalid, then mirror order). The core's auditMirrors decides each mirror's
 * standing and every conflict; this panel only shows them.
 */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import type { AuditReference, AuditRow, AuditStanding, MirrorAudit } from '../../core/mirrors/audit-mirrors';
import { parsePithNumber } from '../../core/pith/pith-number';
import type { Query } from '../../core/query/parse-query';
import { auditQuery } from './audit-query';
import { useSettings } from '../settings/settings-store';
import { AskMirrorsButton } from '../ui/ask-mirrors-button';
import { Disclosure } from '../ui/disclosure';
import { plural } from '../ui/plural';
import { VERDICT_ICON, VERDICT_WORD } from '../ui/status-style';
import { DiffTable } from './diff-table';

const STANDING: Record<AuditStanding, { readonly icon: string; readonly word: string; readonly className: string }> = {
  reference: { icon: '●', word: 'reference copy', className: 'text-slate-800 dark:text-slate-100' },
  identical: { icon: '✓', word: 'identical', className: 'text-emerald-800 dark:text-emerald-300' },
  'unsigned-differs': { icon: '≈', word: 'same signed facts, other fields differ', className: 'text-slate-700 dark:text-slate-300' },
  conflict: { icon: '✗', word: 'conflict', className: 'font-semibold text-red-700 dark:text-red-300' },
  absent: { icon: '–', word: 'does not have it', className: 'text-slate-600 dark:text-slate-400' },
  unusable: { icon: '!', word: 'answered with no readable record', className: 'text-amber-800 dark:text-amber-300' },
  unreachable: { icon: '?', word: 'could not be asked', className: 'text-slate-600 dark:text-slate-400' },
};

const OUTCOME_ICON: Record<MirrorAudit['outcome'], string> = { conflict: '✗', agree: '✓', single: '–', none: '–' };

function Fact({ label, children, mono = false }: { label: string; children: ReactNode; mono?: boolean }) {
  return (
    <div className="min-w-0">
      <dt className="text-slate-600 dark:text-slate-400">{label}</dt>
      <dd className={`break-all ${mono ? 'font-mono' : ''}`}>{children}</dd>
    </div>
  );
}

function MirrorCard({ row, referenceName }: { row: AuditRow; referenceName: string }) {
  const s = STANDING[row.standing];
  const n = row.differences.length;
  return (
    <li data-audit-mirror={row.mirror.id} data-standing={row.standing} className={`space-y-2 rounded-lg border p-3 ${row.standing === 'conflict' ? 'border-red-300 bg-red-50 dark:border-red-800 dark:bg-red-950' : 'border-slate-200 dark:border-slate-700'}`}>
      <p className="flex flex-wrap items-baseline gap-x-3">
        <strong className="break-all">{row.mirror.name}</strong>
        <span className={s.className}>
          <span aria-hidden="true">{s.icon}</span> {s.word}
        </span>
      </p>
      {row.copy && (
        <dl className="grid grid-cols-2 gap-x-4 gap-y-1 text-xs sm:grid-cols-4">
          <Fact label="Verdict here">{row.verdict ? `${VERDICT_ICON[row.verdict]} ${VERDICT_WORD[row.verdict]}` : '—'}</Fact>
          <Fact label="Canonical SHA-256" mono>
            <span title={row.canonicalSha256 ?? undefined}>{row.canonicalSha256 ? `${row.canonicalSha256.slice(0, 16)}…` : '—'}</span>
          </Fact>
          <Fact label="Number" mono>
            {row.number ?? '—'}
          </Fact>
          <Fact label="Signature">{row.signature ? `${row.signature.status} (${row.signature.code})` : '—'}</Fact>
        </dl>
      )}
      <div data-audit-detail={row.mirror.id} className="space-y-1 text-sm">
        {row.conflicts.map((c) => (
          <p key={c} className="text-red-800 dark:text-red-200">
            {c}.
          </p>
        ))}
        {row.notes.map((c) => (
          <p key={c} className="text-slate-700 dark:text-slate-300">
            {c}.
          </p>
        ))}
        {row.copy === null && row.conflicts.length === 0 && <p className="text-slate-600 dark:text-slate-400">{row.message}</p>}
        {n > 0 && (
          <Disclosure summary={`Show the ${plural(n, 'field')} that ${n === 1 ? 'differs' : 'differ'} from ${referenceName}`} defaultOpen={row.standing === 'conflict'}>
            <DiffTable differences={row.differences} leftName={referenceName} rightName={`${row.mirror.name}'s copy`} />
          </Disclosure>
        )}
      </div>
    </li>
  );
}

function AuditResult({ audit }: { audit: MirrorAudit }) {
  const ref = audit.reference;
  const referenceName = ref?.from === 'file' ? ref.label : ref ? `${audit.rows.find((r) => r.mirror.id === ref.mirrorId)?.mirror.name ?? 'the reference'}'s copy` : 'the reference';
  return (
    <ul className="space-y-2" aria-label={`Each enabled mirror's copy of this record, compared with ${referenceName}`}>
      {audit.rows.map((r) => (
        <MirrorCard key={r.mirror.id} row={r} referenceName={referenceName} />
      ))}
    </ul>
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
  const busy = asked && result.isFetching;
  const audit = result.data;
  return (
    <section aria-labelledby="audit-heading" className="space-y-2" data-testid="mirror-audit">
      <h2 id="audit-heading" className="text-lg font-semibold">
        Check all mirrors
      </h2>
      <p className="text-sm text-slate-600 dark:text-slate-400">
        Asks the {plural(enabled.length, 'enabled mirror')} at once for this record, verifies every copy in this browser, and compares each with {reference ? `this ${reference.from}` : 'the best copy'}: a copy that fails here, differs in signed or hash-bound data, names a known key id with another key, or is another record is a conflict.
      </p>
      <AskMirrorsButton
        enabledCount={enabled.length}
        asked={asked}
        busy={busy}
        onAsk={() => (asked ? void result.refetch() : setAsked(true))}
        labels={{ first: 'Check all mirrors', again: 'Check again', busy: 'Checking…', verb: 'check' }}
        describedBy="audit-summary"
      />
      {/* One live region, there from the start, so what it comes to say is announced. */}
      <p id="audit-summary" role="status" data-testid="audit-summary" data-conflict={audit ? String(audit.conflict) : undefined} data-outcome={audit?.outcome} className={audit?.conflict ? 'font-semibold text-red-800 dark:text-red-200' : 'text-sm'}>
        {busy ? `Asking ${plural(enabled.length, 'mirror')}…` : result.isError ? `The mirrors could not be compared: ${result.error.message}` : audit ? `${OUTCOME_ICON[audit.outcome]} ${audit.summary}` : ''}
      </p>
      {audit && <AuditResult audit={audit} />}
    </section>
  );
}
