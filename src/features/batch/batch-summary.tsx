/** Counts, progress by bytes read, records/s and cancel. The data-* attributes are read by tests and the benchmark. */
import { Button } from '../ui/button';
import type { BatchSnapshot } from './batch-run';

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
      data-elapsed-ms={snap.elapsedMs}
    >
      <h2 id="batch-summary-heading" className="sr-only">
        Summary
      </h2>
      <p className="text-lg" aria-live="polite">
        <strong>{snap.processed.toLocaleString('en')}</strong> records from {snap.files} {snap.files === 1 ? 'input' : 'inputs'}:{' '}
        <span className="text-emerald-800 dark:text-emerald-300">✓ {c.verified} verified</span>, <span className="text-amber-800 dark:text-amber-300">◐ {c.incomplete} incomplete</span>, <span className="text-red-700 dark:text-red-300">✗ {c.invalid} invalid</span>,{' '}
        <span className="text-slate-700 dark:text-slate-300">⚠ {c.unreadable} unreadable</span>
        {snap.state === 'cancelled' && <strong className="ml-2">(cancelled)</strong>}
      </p>
      <div className="flex items-center gap-3">
        <progress className="h-2 flex-1 accent-teal-700" max={100} value={snap.state === 'done' ? 100 : pct} aria-label={`Read ${pct}% of the input`} />
        <span className="text-sm tabular-nums text-slate-700 dark:text-slate-300">
          {rate.toLocaleString('en')} records/s · {(snap.elapsedMs / 1000).toFixed(1)} s
        </span>
        {snap.state === 'running' && (
          <Button onClick={onCancel}>Cancel</Button>
        )}
      </div>
    </section>
  );
}
