/**
 * For a dropped bundle or state: what its graph checks found that the verdict above does not cover
 * (an event about another record, a re-keyed signer), said at the top of the page, where the verdict
 * is read, and linked to the panel that shows it. The core's readOpenGraph decides; this only shows.
 */
import { useMemo } from 'react';
import type { VerifyReport } from '../../core/verify/report-types';
import { useSettings } from '../settings/settings-store';
import { ownGraph } from './graph-query';

export function GraphAlert({ report, text }: { report: VerifyReport; text: string }) {
  const { userKeys } = useSettings();
  const view = useMemo(() => ownGraph(report, text, userKeys), [report, text, userKeys]);
  const flagged = view.checks.filter((c) => c.status === 'fail' || c.status === 'warn');
  if (flagged.length === 0) return null;
  const failed = flagged.some((c) => c.status === 'fail');
  return (
    <div role="note" data-testid="graph-alert" className={`rounded-md border p-3 text-sm [overflow-wrap:anywhere] ${failed ? 'border-red-400 bg-red-50 text-red-950 dark:border-red-700 dark:bg-red-950 dark:text-red-100' : 'border-amber-400 bg-amber-50 text-amber-950 dark:border-amber-600 dark:bg-amber-950 dark:text-amber-100'}`}>
      {flagged.map((c) => (
        <p key={c.id}>
          <span aria-hidden="true">{c.status === 'fail' ? '✗ ' : '! '}</span>
          <strong>{c.title}: {c.status === 'fail' ? 'fails' : 'warning'}.</strong> {c.message}
        </p>
      ))}
      <p>
        The verdict above does not cover the {report.kind === 'bundle' ? 'events' : 'snapshots'}: <a href="#graph-heading" className="underline">see Events and merged state</a>.
      </p>
    </div>
  );
}
