/**
 * Every check by id, in pipeline order: icon + word + reason, expected vs
 * computed, sub-items. A failing check opens itself (Blockcerts); a segmented
 * bar shows each check's result, and says why a verified record's skipped checks were skipped.
 */
import type { CheckItem, CheckResult, CheckStatus } from '../../core/verify/check-types';
import { failsOrWarns, ShowMoreButton, useCappedList } from '../ui/capped-list';
import { CHECK_TITLES } from '../../core/verify/check-catalog';
import { plural } from '../ui/plural';
import { StatusPill } from '../ui/status-pill';
import { formatCount } from '../../core/text/format-count';

function Value({ label, value }: { label: string; value: string }) {
  return (
    <div className="grid grid-cols-[6rem_1fr] gap-2 text-xs">
      <dt className="text-slate-500 dark:text-slate-400">{label}</dt>
      <dd className="font-mono break-all">{value}</dd>
    </div>
  );
}

/** A check's sub-items (one per alias, per event…), drawn a part at a time when there are many (capped-list.tsx), those that fail or warn first. */
function CheckItems({ items }: { items: readonly CheckItem[] }) {
  const { shown, more, hidden, step } = useCappedList(items, failsOrWarns);
  return (
    <>
      <ul className="space-y-1">
        {shown.map((item, i) => (
          <li key={i} className="rounded bg-slate-50 p-2 text-xs dark:bg-slate-900">
            <StatusPill status={item.status} size="sm" className="mr-2" />
            <code className="break-all">{item.label}</code>
            {item.note && <span className="ml-2 text-slate-600 dark:text-slate-400">{item.note}</span>}
            {(item.claimed !== undefined || item.computed !== undefined) && (
              <dl className="mt-1 space-y-0.5">
                {item.claimed !== undefined && <Value label="claimed" value={item.claimed} />}
                {item.computed !== undefined && <Value label="computed" value={item.computed} />}
              </dl>
            )}
          </li>
        ))}
      </ul>
      {hidden > 0 && (
        <p className="text-xs text-slate-600 dark:text-slate-400">
          Showing {formatCount(shown.length)} of {formatCount(items.length)} items, those that fail or warn first; the check's result covers every one.
        </p>
      )}
      <ShowMoreButton hidden={hidden} step={step} more={more} what="items" />
    </>
  );
}

function CheckRow({ check }: { check: CheckResult }) {
  return (
    <li data-check={check.id} data-status={check.status} data-code={check.code} className="rounded-lg border border-slate-200 dark:border-slate-700">
      <details open={check.status === 'fail'} className="group">
        <summary className="flex cursor-pointer items-start gap-3 p-3 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-teal-600">
          <StatusPill status={check.status} className="mt-0.5 min-w-[7.5rem]" />
          <span className="min-w-0 flex-1">
            <span className="font-medium">{CHECK_TITLES[check.id]}</span> <code className="text-xs text-slate-500 dark:text-slate-400">{check.id}</code>
            <span className="mt-0.5 block text-sm [overflow-wrap:anywhere] text-slate-700 dark:text-slate-300">{check.reason}</span>
          </span>
        </summary>
        <div className="space-y-2 border-t border-slate-200 p-3 dark:border-slate-700">
          <dl className="space-y-1">
            {check.claimed !== undefined && <Value label="claimed" value={check.claimed} />}
            {check.computed !== undefined && <Value label="computed" value={check.computed} />}
          </dl>
          {check.items && check.items.length > 0 && <CheckItems items={check.items} />}
          {check.claimed === undefined && check.computed === undefined && !check.items?.length && (
            <p className="text-xs text-slate-500 dark:text-slate-400">Nothing was compared for this check.</p>
          )}
        </div>
      </details>
    </li>
  );
}

const SEGMENT: Record<CheckStatus, string> = {
  pass: 'bg-emerald-600',
  warn: 'bg-amber-500',
  // Striped so a skipped step reads as "not done" without colour alone.
  skip: 'bg-slate-400 bg-[repeating-linear-gradient(135deg,transparent_0_3px,rgb(255_255_255/0.45)_3px_6px)] dark:bg-slate-500',
  fail: 'bg-red-600',
};

/** "8 passed, 1 skipped": the counts of the statuses present, in a fixed order. */
function tally(checks: readonly CheckResult[]): string {
  const order: CheckStatus[] = ['pass', 'fail', 'warn', 'skip'];
  const words: Record<CheckStatus, string> = { pass: 'passed', fail: 'failed', warn: 'with a warning', skip: 'skipped' };
  return order
    .map((st) => [st, checks.filter((c) => c.status === st).length] as const)
    .filter(([, n]) => n > 0)
    .map(([st, n]) => `${n} ${words[st]}`)
    .join(', ');
}

/**
 * One segment per check, coloured by its result: every check always runs, so the bar is always
 * full; a skipped check is a striped segment with its reason said below, not a bar stuck at 8/9.
 */
export function ChecksProgress({ checks }: { checks: readonly CheckResult[] }) {
  const firstFail = checks.findIndex((c) => c.status === 'fail');
  const label = firstFail === -1 ? `${plural(checks.length, 'check')} ran: ${tally(checks)}` : `check ${firstFail + 1} of ${checks.length} failed; ${tally(checks)}`;
  const notPassed = checks.filter((c) => c.status === 'skip' || c.status === 'warn');
  return (
    <div className="space-y-1" data-testid="checks-progress">
      <div className="flex h-2 w-full gap-0.5 overflow-hidden rounded" role="img" aria-label={label}>
        {checks.map((c) => (
          <div key={c.id} className={`h-full flex-1 ${SEGMENT[c.status]}`} data-segment={c.status} />
        ))}
      </div>
      <p className="text-xs text-slate-600 dark:text-slate-400" aria-hidden="true">
        {label}.
      </p>
      {/* Said whatever the verdict: a skipped check on an invalid record is as unexplained as on a verified one. */}
      {notPassed.length > 0 && (
        <ul className="space-y-0.5 text-xs text-slate-700 dark:text-slate-300" data-testid="checks-not-passed">
          {notPassed.map((c) => (
            <li key={c.id}>
              <span className="font-medium">{c.status === 'skip' ? 'Skipped' : 'Warning'}: {CHECK_TITLES[c.id]}</span> — {c.reason}
            </li>
          ))}
        </ul>
      )}
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
