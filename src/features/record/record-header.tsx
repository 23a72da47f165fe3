/**
 * Title (with its binding), the number in full and short with copy buttons, and this browser's
 * verdict with the core's headline: what failed, what is missing, which shown fields are not bound.
 * The verdict is announced to screen readers.
 */
import type { ReactNode } from 'react';
import type { VerifyReport } from '../../core/verify/verify-document';
import { BindingBadge } from '../ui/binding-badge';
import { CopyButton } from '../ui/copy-button';
import { LongText } from '../ui/long-text';
import { VERDICT_WORD } from '../ui/status-style';
import { VerdictBadge } from '../ui/verdict-badge';

/** `cite`: the Cite control, shown beside the title (the record view passes it). */
export function RecordHeader({ report, cite }: { report: VerifyReport; cite?: ReactNode }) {
  const number = report.pithNumber;
  const suffix = number?.split(':').pop() ?? null;
  const short = suffix ? `pith:${suffix.slice(0, 8)}` : null;
  const title = report.fields.title;
  const numberField = report.fields['pith-number'];
  const shortField = report.fields['short-pith-number'];
  const counts = (['pass', 'fail', 'warn', 'skip'] as const).map((s) => [s, report.checks.filter((c) => c.status === s).length] as const).filter(([, n]) => n > 0);
  const { headline } = report;
  const details = headline.reasons.filter((r) => r.code !== 'all-hold');
  return (
    <header className="space-y-3 pt-6">
      {/* relative: the Cite panel opens right-aligned inside this row, never past the window's edge. */}
      <div className="relative flex flex-wrap items-start gap-x-3 gap-y-1">
        <h1 className="min-w-0 text-2xl font-semibold tracking-tight break-words">
          {title ? <LongText text={title.value} what="title" preview={300} {...(title.fullLength ? { total: title.fullLength } : {})} /> : <span className="text-slate-500 dark:text-slate-400">Untitled {report.kindLabel}</span>}
        </h1>
        {title && <BindingBadge binding={title.binding} note={title.note} field="title" className="mt-2" />}
        {cite}
      </div>
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
        {number ? (
          <span className="flex min-w-0 flex-wrap items-center gap-1">
            <code className="font-mono text-base break-all" data-testid="pith-number">
              {number}
            </code>
            <CopyButton text={number} what="full pith number" />
            {numberField && <BindingBadge binding={numberField.binding} note={numberField.note} field="pith-number" />}
          </span>
        ) : (
          <span className="text-slate-500 dark:text-slate-400">no pith number</span>
        )}
        {short && (
          <span className="flex items-center gap-1">
            <code className="font-mono text-sm text-slate-600 dark:text-slate-400">{short}</code>
            <CopyButton text={short} what="short pith number" />
            {shortField && shortField.value === short && <BindingBadge binding={shortField.binding} note={shortField.note} field="short-pith-number" />}
          </span>
        )}
      </div>
      <div className="space-y-1" data-testid="record-verdict">
        <div className="flex flex-wrap items-center gap-3">
          <VerdictBadge verdict={report.verdict} />
          <p className="min-w-0 text-sm text-slate-800 dark:text-slate-200" data-testid="headline">
            {headline.summary}
          </p>
        </div>
        {details.length > 0 && (
          <ul className="list-disc space-y-0.5 pl-5 text-sm text-slate-700 dark:text-slate-300" data-testid="headline-reasons">
            {details.map((r, i) => (
              <li key={i} data-reason={r.code} data-fields={r.fields.join(' ') || undefined} className="[overflow-wrap:anywhere]">
                {r.text}
              </li>
            ))}
          </ul>
        )}
      </div>
      <p className="sr-only" role="status" aria-live="polite">
        Verification result: {VERDICT_WORD[report.verdict]}. {headline.summary} {counts.map(([s, n]) => `${n} ${s}`).join(', ')}.
      </p>
    </header>
  );
}
