/** Counts, progress by bytes read, records/s and cancel. The data-* attributes are read by tests and the benchmark. */
import { Button } from '../ui/button';
import { plural } from '../ui/plural';
import type { BatchSnapshot } from './batch-run';
import type { BatchRow } from './batch-types';
import { formatCount } from '../../core/text/format-count';

/** Worst first, so a bar with any red in it shows the red at its start, where the eye lands. */
const SEGMENTS: readonly { verdict: BatchRow['verdict']; className: string }[] = [
  { verdict: 'invalid', className: 'bg-red-600' },
  { verdict: 'unreadable', className: 'bg-slate-500' },
  { verdict: 'incomplete', className: 'bg-amber-500' },
  { verdict: 'verified', className: 'bg-emerald-600' },
  { verdict: 'not-a-record', className: 'bg-slate-300 dark:bg-slate-600' },
];

/**
 * How far the input has been read, coloured by what was found so far: the filled part is split
 * in proportion to the verdicts, so a batch with failures never shows an all-green bar.
 */
function ResultsBar({ snap, pct }: { snap: BatchSnapshot; pct: number }) {
  const c = snap.counts;
  const total = snap.processed;
  return (
    <div role="progressbar" aria-valuemin={0} aria-valuemax={100} aria-valuenow={pct} aria-label={`Read ${pct}% of the input`} className="flex h-2 flex-1 overflow-hidden rounded bg-slate-200 dark:bg-slate-800" data-testid="batch-progress">
      <div className="flex h-full" style={{ width: `${pct}%` }}>
        {total === 0 ? (
          <div className="h-full w-full bg-teal-600" />
        ) : (
          SEGMENTS.filter((seg) => c[seg.verdict] > 0).map((seg) => <div key={seg.verdict} className={`h-full ${seg.className}`} style={{ width: `${(c[seg.verdict] / total) * 100}%` }} data-segment={seg.verdict} />)
        )}
      </div>
    </div>
  );
}

export function BatchSummary({ snap, onCancel }: { snap: BatchSnapshot; onCancel: () => void }) {
  const pct = snap.bytesTotal === 0 ? 100 : Math.min(100, Math.round((snap.bytesRead / snap.bytesTotal) * 100));
  const rate = snap.elapsedMs > 0 ? Math.round((snap.processed / snap.elapsedMs) * 1000) : 0;
  const c = snap.counts;
  return (
    <section
      aria-labelledby="batch-summary-heading"
      className="space-y-3"
      data-testid="batch-summary"
      data-state={snap.state}
      data-total={snap.state === 'running' ? '' : String(snap.processed)}
      data-processed={snap.processed}
      data-verified={c.verified}
      data-incomplete={c.incomplete}
      data-invalid={c.invalid}
      data-unreadable={c.unreadable}
      data-not-a-record={c['not-a-record']}
      data-elapsed-ms={snap.elapsedMs}
    >
      <h2 id="batch-summary-heading" className="sr-only">
        Summary
      </h2>
      <p className="text-lg" aria-live="polite">
        <strong>{formatCount(snap.processed)}</strong> {snap.processed === 1 ? 'entry' : 'entries'} from {plural(snap.files, 'input')}:{' '}
        <span className="text-emerald-800 dark:text-emerald-300">✓ {c.verified} verified</span>, <span className="text-amber-800 dark:text-amber-300">◐ {c.incomplete} incomplete</span>, <span className="text-red-700 dark:text-red-300">✗ {c.invalid} invalid</span>,{' '}
        <span className="text-slate-700 dark:text-slate-300">⚠ {c.unreadable} unreadable</span>
        {c['not-a-record'] > 0 && <span className="text-slate-700 dark:text-slate-300">, ○ {c['not-a-record']} with no record to verify (mirror manifests, graph snapshots)</span>}
        {snap.state === 'cancelled' && <strong className="ml-2">(cancelled)</strong>}
      </p>
      <div className="flex items-center gap-3">
        <ResultsBar snap={snap} pct={snap.state === 'done' ? 100 : pct} />
        <span className="text-sm tabular-nums text-slate-700 dark:text-slate-300">
          {snap.processed > 1 && `${formatCount(rate)} entries/s · `}
          {(snap.elapsedMs / 1000).toFixed(1)} s
        </span>
        {snap.state === 'running' && (
          <Button onClick={onCancel}>Cancel</Button>
        )}
      </div>
    </section>
  );
}
