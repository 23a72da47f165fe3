/**
 * The results table, virtualized so 100,000 rows stay smooth. Each row carries
 * data-file and data-verdict (read by tests and tools) and opens its record.
 */
import { AppLink } from '../ui/app-link';
import { savedOffset } from '../ui/scroll-restoration';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef, useState } from 'react';
import { BindingBadge } from '../ui/binding-badge';
import { useNarrow } from '../ui/use-narrow';
import { VerdictBadge } from '../ui/verdict-badge';
import type { BatchRow } from './batch-types';

const COLS = 'grid grid-cols-[minmax(8rem,1.2fr)_minmax(10rem,1.3fr)_minmax(8rem,2fr)_7.5rem_minmax(6rem,1fr)] gap-3 items-center';
/** On a phone each row is a card of stacked lines, the verdict first, and no column scrolls sideways. */
const CARD = 'grid grid-cols-1 content-center gap-0.5 py-1';
const ROW_HEIGHT = 44;
const CARD_HEIGHT = 112;

export function BatchTable({ rows }: { rows: readonly BatchRow[] }) {
  const scroller = useRef<HTMLDivElement>(null);
  const narrow = useNarrow();
  const height = narrow ? CARD_HEIGHT : ROW_HEIGHT;
  // Back from a row's page lands where the table was: scroll-restoration.ts keeps each history
  // entry's offsets of elements marked data-scroll-restoration-id, and the virtualizer starts there.
  const [restored] = useState(() => savedOffset('batch-table'));
  // eslint-disable-next-line react-hooks/incompatible-library -- useVirtualizer is the documented API; its values are read in render only
  const virtual = useVirtualizer({ count: rows.length, getScrollElement: () => scroller.current, estimateSize: () => height, overscan: 12, initialOffset: restored ?? 0 });
  return (
    <div role="table" aria-label="Verification results" aria-rowcount={rows.length + 1} className="rounded-lg border border-slate-200 text-sm dark:border-slate-700">
      <div role="row" aria-rowindex={1} className={`${narrow ? 'sr-only' : COLS} border-b border-slate-200 bg-slate-50 px-3 py-2 font-semibold dark:border-slate-700 dark:bg-slate-900`}>
        <span role="columnheader">File</span>
        <span role="columnheader">Pith number</span>
        <span role="columnheader">Title</span>
        <span role="columnheader">Verdict</span>
        <span role="columnheader">Failing checks</span>
      </div>
      <div ref={scroller} className="max-h-[32rem] overflow-auto" data-testid="batch-scroller" data-scroll-restoration-id="batch-table" key={narrow ? 'cards' : 'rows'}>
        <div style={{ height: virtual.getTotalSize(), position: 'relative' }}>
          {virtual.getVirtualItems().map((v) => {
            const r = rows[v.index]!;
            // No report to open or to badge: an unreadable entry, or pith data with nothing to verify.
            const reportless = r.verdict === 'unreadable' || r.verdict === 'not-a-record';
            return (
              <div
                key={r.id}
                role="row"
                aria-rowindex={v.index + 2}
                data-file={r.file}
                data-index={r.index ?? ''}
                data-verdict={r.verdict}
                className={`${narrow ? CARD : COLS} absolute inset-x-0 border-b border-slate-100 px-3 dark:border-slate-800`}
                style={{ height: v.size, transform: `translateY(${v.start}px)` }}
              >
                <span role="cell" className="truncate font-mono text-xs" title={r.file}>
                  {r.file}
                  {r.index !== null && <span className="text-slate-500 dark:text-slate-400">#{r.index}</span>}
                </span>
                <span role="cell" className="truncate font-mono text-xs">
                  {reportless ? '—' : (
                    <AppLink href={`/file/${encodeURIComponent(r.id)}`} className="text-teal-800 underline-offset-2 hover:underline dark:text-teal-300">
                      {r.pithNumber ?? 'open'}
                    </AppLink>
                  )}
                </span>
                <span role="cell" className="flex min-w-0 items-center gap-1" title={r.error ?? r.title ?? ''}>
                  {r.error ? (
                    <span className={`${narrow ? 'line-clamp-2 text-xs' : 'truncate'} ${r.verdict === 'not-a-record' ? 'text-slate-700 dark:text-slate-300' : 'text-red-700 dark:text-red-300'}`}>{r.error}</span>
                  ) : r.title ? (
                    <>
                      <span className="truncate">{r.title}</span>
                      {r.titleBinding && r.titleBinding !== 'rehash-bound' && <BindingBadge binding={r.titleBinding} />}
                    </>
                  ) : (
                    <em className="text-slate-500 dark:text-slate-400">no title</em>
                  )}
                </span>
                <span role="cell" className={narrow ? 'order-first' : undefined}>{reportless ? <span className="rounded-full bg-slate-200 px-2 py-0.5 text-xs font-semibold text-slate-900 dark:bg-slate-700 dark:text-slate-100">{r.verdict === 'unreadable' ? '⚠ Unreadable' : '○ Not a record'}</span> : <VerdictBadge verdict={r.verdict} size="sm" />}</span>
                <span role="cell" className="truncate font-mono text-xs text-red-700 dark:text-red-300">
                  {r.failing.join(', ')}
                </span>
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
