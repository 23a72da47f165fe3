/**
 * Every check by id, in pipeline order: icon + word + reason, expected vs
 * computed, sub-items. A failing check opens itself (Blockcerts); a progress
 * bar fills as checks pass and turns red at the first failure.
 */
import { CHECK_TITLES, type CheckResult } from '../../core/verify/check-types';
import { STATUS_CLASS, STATUS_ICON, STATUS_WORD } from './status-style';

function Value({ label, value }: { label: string; value: string }) {
  return (
    <div className="grid grid-cols-[6rem_1fr] gap-2 text-xs">
      <dt className="text-slate-500 dark:text-slate-400">{label}</dt>
      <dd className="font-mono break-all">{value}</dd>
    </div>
  );
}

function CheckRow({ check }: { check: CheckResult }) {
  return (
    <li data-check={check.id} data-status={check.status} className="rounded-lg border border-slate-200 dark:border-slate-700">
      <details open={check.status === 'fail'} className="group">
        <summary className="flex cursor-pointer items-start gap-3 p-3 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-teal-600">
          <span className={`mt-0.5 inline-flex min-w-[7.5rem] items-center gap-1 rounded px-2 py-0.5 text-xs font-semibold ring-1 ring-inset ${STATUS_CLASS[check.status]}`}>
            <span aria-hidden="true">{STATUS_ICON[check.status]}</span>
            {STATUS_WORD[check.status]}
          </span>
          <span className="min-w-0 flex-1">
            <span className="font-medium">{CHECK_TITLES[check.id]}</span> <code className="text-xs text-slate-500 dark:text-slate-400">{check.id}</code>
            <span className="mt-0.5 block text-sm [overflow-wrap:anywhere] text-slate-700 dark:text-slate-300">{check.reason}</span>
          </span>
        </summary>
        <div className="space-y-2 border-t border-slate-200 p-3 dark:border-slate-700">
          <dl className="space-y-1">
            {check.expected !== undefined && <Value label="claimed" value={check.expected} />}
            {check.computed !== undefined && <Value label="computed" value={check.computed} />}
          </dl>
          {check.items && check.items.length > 0 && (
            <ul className="space-y-1">
              {check.items.map((item, i) => (
                <li key={i} className="rounded bg-slate-50 p-2 text-xs dark:bg-slate-900">
                  <span className={`mr-2 rounded px-1 font-semibold ring-1 ring-inset ${STATUS_CLASS[item.status]}`}>
                    <span aria-hidden="true">{STATUS_ICON[item.status]}</span> {STATUS_WORD[item.status]}
                  </span>
                  <code className="break-all">{item.label}</code>
                  {item.note && <span className="ml-2 text-slate-600 dark:text-slate-400">{item.note}</span>}
                  {(item.expected !== undefined || item.computed !== undefined) && (
                    <dl className="mt-1 space-y-0.5">
                      {item.expected !== undefined && <Value label="claimed" value={item.expected} />}
                      {item.computed !== undefined && <Value label="computed" value={item.computed} />}
                    </dl>
                  )}
                </li>
              ))}
            </ul>
          )}
          {check.expected === undefined && check.computed === undefined && !check.items?.length && (
            <p className="text-xs text-slate-500 dark:text-slate-400">Nothing was compared for this check.</p>
          )}
        </div>
      </details>
    </li>
  );
}

export function ChecksProgress({ checks }: { checks: readonly CheckResult[] }) {
  const firstFail = checks.findIndex((c) => c.status === 'fail');
  const done = firstFail === -1 ? checks.filter((c) => c.status === 'pass').length : firstFail + 1;
  const pct = Math.round((done / checks.length) * 100);
  return (
    <div className="h-2 w-full overflow-hidden rounded bg-slate-200 dark:bg-slate-800" role="img" aria-label={firstFail === -1 ? `${done} of ${checks.length} checks passed` : `check ${firstFail + 1} of ${checks.length} failed`}>
      <div className={`h-full ${firstFail === -1 ? 'bg-emerald-600' : 'bg-red-600'}`} style={{ width: `${pct}%` }} />
    </div>
  );
}

export function ChecksPanel({ checks }: { checks: readonly CheckResult[] }) {
  return (
    <section aria-labelledby="checks-heading" className="space-y-3">
      <h2 id="checks-heading" className="text-lg font-semibold">
        Checked in this browser
      </h2>
      <ChecksProgress checks={checks} />
      <ol className="space-y-2">
        {checks.map((c) => (
          <CheckRow key={c.id} check={c} />
        ))}
      </ol>
    </section>
  );
}
