/** Many records at once: summary, filter, sort, the virtualized table, exports. */
import { useDocumentTitle } from '../ui/use-document-title';
import { plural } from '../ui/plural';
import { useDebouncedCommit } from '../ui/use-debounced-commit';
import { Button } from '../ui/button';
import { useCallback, useMemo, useState, useSyncExternalStore, type ReactNode } from 'react';
import { useSettings } from '../settings/settings-store';
import { downloadText } from '../ui/download';
import { useCurrentRun } from './batch-store';
import { toCsv } from './batch-export';
import type { BatchRun } from './batch-run';
import { BatchSummary } from './batch-summary';
import { BatchTable } from './batch-table';
import { selectRows, type BatchView, type Show, type Sort } from './batch-view';
import { UnreadableFile } from './unreadable-file';
import { getPool } from './worker-pool';
import { formatCount } from '../../core/text/format-count';

/** How long typing in Find waits before writing the URL: one history entry per pause, not per key. */
const FIND_URL_DELAY_MS = 300;

function RunView({ run, view, onView }: { run: BatchRun; view: BatchView; onView: (view: BatchView) => void }) {
  const { userKeys } = useSettings();
  const snap = useSyncExternalStore(run.subscribe, run.getSnapshot);
  const bad = snap.counts.invalid + snap.counts.unreadable;
  const problems = [snap.counts.invalid > 0 ? `${snap.counts.invalid} invalid` : null, snap.counts.unreadable > 0 ? `${snap.counts.unreadable} unreadable` : null].filter((p) => p !== null).join(', ');
  useDocumentTitle(`Batch: ${plural(snap.files, 'file')} · ${snap.state === 'running' ? 'verifying…' : bad === 0 ? 'none invalid' : problems}`);
  // Find answers each key from local state; the URL follows after a pause (replace, so Back still
  // leaves the page rather than undoing letters).
  const [text, setText] = useState(view.find);
  // A find that arrives from outside (a link to /batch?find=…, Back, Forward) replaces the box's text;
  // the one this box committed itself does not (keys typed since are kept).
  const [seenFind, setSeenFind] = useState(view.find);
  const [committedFind, setCommittedFind] = useState(view.find);
  if (view.find !== seenFind) {
    setSeenFind(view.find);
    if (view.find !== committedFind) setText(view.find);
  }
  const { show, sort } = view;
  const commitFind = useCallback(
    (find: string) => {
      setCommittedFind(find);
      onView({ show, sort, find });
    },
    [show, sort, onView],
  );
  useDebouncedCommit(text, text === view.find, commitFind, FIND_URL_DELAY_MS);
  const rows = useMemo(() => selectRows(snap.rows, { ...view, find: text }), [snap.rows, view, text]);
  const single = snap.state === 'done' && snap.files === 1 && snap.rows.length === 1 ? snap.rows[0]! : null;
  if (single && (single.verdict === 'unreadable' || single.verdict === 'not-a-record')) {
    return <UnreadableFile name={single.file} code={single.errorCode} message={single.error ?? 'It could not be read.'} />;
  }

  async function exportAs(format: 'json' | 'csv') {
    const entries = await getPool().entries(rows.map((r) => r.id), userKeys);
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    if (format === 'json') downloadText(`pith-batch-${stamp}.json`, 'application/json', `${JSON.stringify(entries, null, 2)}\n`);
    else downloadText(`pith-batch-${stamp}.csv`, 'text/csv', toCsv(entries));
  }

  const control = 'rounded border border-slate-300 bg-white px-2 py-1 text-sm dark:border-slate-600 dark:bg-slate-900';
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">Batch verification</h1>
      <BatchSummary snap={snap} onCancel={() => run.cancel()} />
      <div className="flex flex-wrap items-end gap-3">
        <label className="text-sm">
          Show{' '}
          <select className={control} value={view.show} onChange={(e) => onView({ ...view, find: text, show: e.target.value as Show })} data-testid="batch-filter">
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
          <select className={control} value={view.sort} onChange={(e) => onView({ ...view, find: text, sort: e.target.value as Sort })} data-testid="batch-sort">
            <option value="input">input order (as finished)</option>
            <option value="verdict">verdict (worst first)</option>
            <option value="file">file</option>
            <option value="pith">pith number</option>
            <option value="title">title</option>
          </select>
        </label>
        <label className="text-sm">
          Find <input type="search" className={control} value={text} onChange={(e) => setText(e.target.value)} placeholder="file, number or title" data-testid="batch-find" />
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
        Showing {formatCount(rows.length)} of {plural(snap.rows.length, 'entry', 'entries')}. Exports hold what is shown, in the same schema as <code>pith-verify --json</code>.
      </p>
      <BatchTable rows={rows} />
    </div>
  );
}

export interface BatchPageProps {
  /** What to show when no batch has run yet (the app passes the intake panel, so batch never imports intake). */
  intake?: ReactNode;
  /** Filter, sort and find, as the URL holds them; `onView` writes a new one there. */
  view: BatchView;
  onView: (view: BatchView) => void;
}

export function BatchPage({ intake, view, onView }: BatchPageProps) {
  const run = useCurrentRun();
  useDocumentTitle(run ? null : 'Batch: no files yet');
  return (
    <div className="space-y-6 py-6">
      {run ? <RunView run={run} key={run.id} view={view} onView={onView} /> : <h1 className="text-2xl font-semibold">Batch verification</h1>}
      {!run && <p>No files yet: drop files or a folder anywhere, or pick them below. Dropped data is not kept across reloads.</p>}
      {!run && intake}
    </div>
  );
}
