/** Many records at once: summary, filter, sort, the virtualized table, exports. */
import { useDocumentTitle } from '../ui/use-document-title';
import { plural } from '../ui/plural';
import { Button } from '../ui/button';
import { useMemo, useState, useSyncExternalStore, type ReactNode } from 'react';
import { useSettings } from '../settings/settings-store';
import { downloadText } from '../ui/download';
import { useCurrentRun } from './batch-store';
import { toCsv } from './batch-export';
import type { BatchRun } from './batch-run';
import { BatchSummary } from './batch-summary';
import { BatchTable } from './batch-table';
import type { BatchRow } from './batch-types';
import { getPool } from './worker-pool';

type Filter = 'all' | BatchRow['verdict'] | 'not-verified';
type Sort = 'input' | 'verdict' | 'pith' | 'title' | 'file';
const VERDICT_ORDER: Record<BatchRow['verdict'], number> = { invalid: 0, unreadable: 1, incomplete: 2, verified: 3 };

function RunView({ run }: { run: BatchRun }) {
  const { userKeys } = useSettings();
  const snap = useSyncExternalStore(run.subscribe, run.getSnapshot);
  const bad = snap.counts.invalid + snap.counts.unreadable;
  useDocumentTitle(`Batch: ${plural(snap.files, 'file')} · ${snap.state === 'running' ? 'verifying…' : bad === 0 ? 'none invalid' : `${snap.counts.invalid} invalid${snap.counts.unreadable ? `, ${snap.counts.unreadable} unreadable` : ''}`}`);
  const [filter, setFilter] = useState<Filter>('all');
  const [sort, setSort] = useState<Sort>('input');
  const [text, setText] = useState('');
  const rows = useMemo(() => {
    const q = text.trim().toLowerCase();
    const kept = snap.rows.filter((r) => (filter === 'all' ? true : filter === 'not-verified' ? r.verdict !== 'verified' : r.verdict === filter) && (q === '' || `${r.file} ${r.pithNumber ?? ''} ${r.title ?? ''}`.toLowerCase().includes(q)));
    const by: Record<Sort, (a: BatchRow, b: BatchRow) => number> = {
      input: () => 0,
      verdict: (a, b) => VERDICT_ORDER[a.verdict] - VERDICT_ORDER[b.verdict],
      pith: (a, b) => (a.pithNumber ?? '~').localeCompare(b.pithNumber ?? '~'),
      title: (a, b) => (a.title ?? '~').localeCompare(b.title ?? '~'),
      file: (a, b) => a.file.localeCompare(b.file) || (a.index ?? 0) - (b.index ?? 0),
    };
    return sort === 'input' ? kept : [...kept].sort(by[sort]);
  }, [snap.rows, filter, sort, text]);

  async function exportAs(format: 'json' | 'csv') {
    const entries = await getPool().entries(rows.map((r) => r.id), userKeys);
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    if (format === 'json') downloadText(`pith-batch-${stamp}.json`, 'application/json', `${JSON.stringify(entries, null, 2)}\n`);
    else downloadText(`pith-batch-${stamp}.csv`, 'text/csv', toCsv(entries));
  }

  const control = 'rounded border border-slate-300 bg-white px-2 py-1 text-sm dark:border-slate-600 dark:bg-slate-900';
  return (
    <div className="space-y-4">
      <BatchSummary snap={snap} onCancel={() => run.cancel()} />
      <div className="flex flex-wrap items-end gap-3">
        <label className="text-sm">
          Show{' '}
          <select className={control} value={filter} onChange={(e) => setFilter(e.target.value as Filter)} data-testid="batch-filter">
            <option value="all">all</option>
            <option value="invalid">invalid only</option>
            <option value="not-verified">everything not verified</option>
            <option value="incomplete">incomplete only</option>
            <option value="unreadable">unreadable only</option>
            <option value="verified">verified only</option>
          </select>
        </label>
        <label className="text-sm">
          Sort by{' '}
          <select className={control} value={sort} onChange={(e) => setSort(e.target.value as Sort)}>
            <option value="input">input order (as finished)</option>
            <option value="verdict">verdict (worst first)</option>
            <option value="file">file</option>
            <option value="pith">pith number</option>
            <option value="title">title</option>
          </select>
        </label>
        <label className="text-sm">
          Find <input className={control} value={text} onChange={(e) => setText(e.target.value)} placeholder="file, number or title" />
        </label>
        <span className="ml-auto flex gap-2">
          <Button onClick={() => void exportAs('csv')} disabled={snap.state === 'running'}>
            Export CSV
          </Button>
          <Button onClick={() => void exportAs('json')} disabled={snap.state === 'running'}>
            Export JSON
          </Button>
        </span>
      </div>
      <p className="text-xs text-slate-600 dark:text-slate-400">
        Showing {rows.length.toLocaleString('en')} of {snap.rows.length.toLocaleString('en')}. Exports hold what is shown, in the same schema as <code>pith-verify --json</code>.
      </p>
      <BatchTable rows={rows} />
    </div>
  );
}

/** `intake`: what to show when no batch has run yet (the app passes the intake panel, so batch never imports intake). */
export function BatchPage({ intake }: { intake?: ReactNode }) {
  const run = useCurrentRun();
  useDocumentTitle(run ? null : 'Batch: no files yet');
  return (
    <div className="space-y-6 py-6">
      <h1 className="text-2xl font-semibold">Batch verification</h1>
      {run ? <RunView run={run} key={run.id} /> : <p>No files yet: drop files or a folder anywhere, or pick them below. Dropped data is not kept across reloads.</p>}
      {!run && intake}
    </div>
  );
}
