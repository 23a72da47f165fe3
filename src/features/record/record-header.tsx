/** Title, the number in full and short with copy buttons, and this browser's verdict (announced). */
import type { VerifyReport } from '../../core/verify/verify-document';
import { CopyButton } from '../ui/copy-button';
import { VerdictBadge } from '../verification/verdict-badge';
import { VERDICT_EXPLAIN, VERDICT_WORD } from '../verification/status-style';
import type { RecordFields } from './read-record';

export function RecordHeader({ fields, report }: { fields: RecordFields; report: VerifyReport }) {
  const number = report.pithNumber;
  const suffix = number?.split(':').pop() ?? null;
  const short = suffix ? `pith:${suffix.slice(0, 8)}` : null;
  const counts = (['pass', 'fail', 'warn', 'skip'] as const).map((s) => [s, report.checks.filter((c) => c.status === s).length] as const).filter(([, n]) => n > 0);
  const failing = report.checks.filter((c) => c.status === 'fail').map((c) => c.id);
  return (
    <header className="space-y-3 pt-6">
      <h1 className="text-2xl font-semibold tracking-tight">{fields.title?.value ?? report.title ?? <span className="text-slate-500 dark:text-slate-400">Untitled record ({report.kindLabel})</span>}</h1>
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
        {number ? (
          <span className="flex items-center gap-1">
            <code className="font-mono text-base" data-testid="pith-number">
              {number}
            </code>
            <CopyButton text={number} what="full pith number" />
          </span>
        ) : (
          <span className="text-slate-500 dark:text-slate-400">no pith number</span>
        )}
        {short && (
          <span className="flex items-center gap-1">
            <code className="font-mono text-sm text-slate-600 dark:text-slate-400">{short}</code>
            <CopyButton text={short} what="short pith number" />
          </span>
        )}
      </div>
      <div className="flex flex-wrap items-center gap-3" data-testid="record-verdict">
        <VerdictBadge verdict={report.verdict} />
        <span className="text-sm text-slate-700 dark:text-slate-300">
          Checked in this browser: {VERDICT_EXPLAIN[report.verdict]} {failing.length > 0 && <strong>Failing: {failing.join(', ')}.</strong>}
        </span>
      </div>
      <p className="sr-only" role="status" aria-live="polite">
        Verification result: {VERDICT_WORD[report.verdict]}. {counts.map(([s, n]) => `${n} ${s}`).join(', ')}.{failing.length > 0 ? ` Failing checks: ${failing.join(', ')}.` : ''}
      </p>
    </header>
  );
}
