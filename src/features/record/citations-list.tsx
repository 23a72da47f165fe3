/**
 * Papers that cite this one, as the serving mirror reports them. Unsigned live
 * data, and the counts can disagree with the sample, so both are said plainly
 * (docs/UX.md #7). The list is virtualized: a popular paper can have 10,000+.
 */
import { visibleProse } from '../../core/text/visible-text';
import { useRef } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { Citation, RecordDetail } from '../../core/verify/report-types';
import { BindingBadge } from '../ui/binding-badge';
import { plural } from '../ui/plural';
import { TextLink } from '../ui/text-link';
import { arxivAbsUrl } from './identifiers';
import { formatCount } from '../../core/text/format-count';

type CitationView = Citation;

export interface CitationsListProps {
  /** As the core read them (report.detail.citations). */
  citations: RecordDetail['citations'];
  /** True when this app can open the citing paper itself (its alias index knows the id). */
  isKnownArxiv?: (arxivId: string) => boolean;
}

// The estimate for rows not yet drawn; a drawn row is measured (measureElement), since on a phone its
// second line wraps and a fixed 60 px let the third line sit on the next row's divider. Only the
// rows in the DOM (the visible ones and the overscan) are ever measured, not all 10,000.
const ROW_HEIGHT = 60;
const VIEWPORT_HEIGHT = 360;


function citationHref(id: string, known: boolean): string {
  return known ? `/arxiv/${id}` : arxivAbsUrl(id);
}

function Row({ c, known }: { c: CitationView; known: boolean }) {
  const title = c.title !== null ? visibleProse(c.title) : c.arxivId ? `arXiv ${c.arxivId}` : 'Untitled citing paper';
  return (
    <>
      <p className="truncate text-sm font-medium" title={title}>
        {c.arxivId ? (
          <TextLink href={citationHref(c.arxivId, known)}>
            {title}
            {/* Where the link goes is not visible, so say it. */}
            <span className="sr-only">{known ? ' (open its pith record here)' : ' (on arXiv)'}</span>
          </TextLink>
        ) : (
          title
        )}
      </p>
      <p className="mt-0.5 flex flex-wrap items-center gap-x-3 text-xs text-slate-600 dark:text-slate-400">
        <span>{c.arxivId ? <code>arXiv {c.arxivId}</code> : 'no arXiv id'}</span>
        {c.refIndex !== null && <span>reference [{c.refIndex}] in its bibliography</span>}
        {c.internalAnchor === true && (
          <span className="inline-flex items-center gap-1 rounded bg-slate-100 px-1 font-semibold text-slate-700 dark:bg-slate-800 dark:text-slate-200" title="The mirror marks this citation as an internal anchor">
            <span aria-hidden="true">⚓</span> internal anchor
          </span>
        )}
        {known && c.arxivId && <span className="text-teal-800 dark:text-teal-300">has a pith record here</span>}
      </p>
    </>
  );
}

function VirtualList({ items, isKnownArxiv }: { items: readonly CitationView[]; isKnownArxiv?: (id: string) => boolean }) {
  const scrollRef = useRef<HTMLDivElement>(null);
  // TanStack Virtual returns new functions each render by design; this component is not memoised.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
  });
  return (
    <div
      ref={scrollRef}
      data-testid="citations-scroller"
      tabIndex={0}
      // A named region, so the keyboard-focusable scroller has a name (a plain div may not carry aria-label).
      role="region"
      aria-label={`Citing papers, ${formatCount(items.length)} listed, scrollable`}
      className="overflow-y-auto rounded-lg border border-slate-200 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-teal-600 dark:border-slate-700"
      style={{ height: Math.min(VIEWPORT_HEIGHT, virtualizer.getTotalSize() + 2) }}
    >
      <div role="list" aria-label="Citing papers" className="relative w-full" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((row) => {
          const c = items[row.index];
          if (!c) return null;
          return (
            <div
              key={row.key}
              ref={virtualizer.measureElement}
              data-index={row.index}
              role="listitem"
              data-testid="citation-row"
              // Only some rows exist in the DOM: tell assistive tech where this one sits.
              aria-setsize={items.length}
              aria-posinset={row.index + 1}
              className="absolute top-0 left-0 w-full border-b border-slate-100 px-3 py-2 dark:border-slate-800"
              style={{ minHeight: ROW_HEIGHT, transform: `translateY(${row.start}px)` }}
            >
              <Row c={c} known={c.arxivId !== null && (isKnownArxiv?.(c.arxivId) ?? false)} />
            </div>
          );
        })}
      </div>
    </div>
  );
}

export function CitationsList({ citations: cites, isKnownArxiv }: CitationsListProps) {
  if (!cites) {
    return (
      <section aria-label="Inbound citations" className="text-sm text-slate-600 italic dark:text-slate-400">
        Inbound citations: not in this record.
      </section>
    );
  }
  const { count, internalAnchorCount, sample } = cites;
  return (
    <section aria-label="Inbound citations" className="space-y-3 text-slate-900 dark:text-slate-100">
      <div className="flex flex-wrap items-center gap-2">
        <p className="text-sm">
          <span className="font-semibold">{count !== null ? plural(count, 'citing paper', 'citing papers') : 'Count not in this record'}</span>
          {internalAnchorCount !== null && <span>, {plural(internalAnchorCount, 'internal anchor', 'internal anchors')}</span>}
        </p>
        <BindingBadge binding="unbound" />
      </div>
      <p className="text-xs text-slate-600 dark:text-slate-400">
        Unsigned live data from the serving mirror: nothing ties these counts or papers to the pith number, and another mirror may report others.
        {count !== null && sample.length < count && ` The list below is a sample: ${plural(sample.length, 'paper', 'papers')} of the ${formatCount(count)} counted.`}
        {count !== null && sample.length > count && ` The list holds more papers (${formatCount(sample.length)}) than the count says.`}
      </p>
      {sample.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 p-4 text-center text-sm text-slate-600 dark:border-slate-600 dark:text-slate-400">
          {count ? 'The mirror lists none of the citing papers it counts.' : 'No citing papers are recorded for this paper.'}
        </p>
      ) : (
        <VirtualList items={sample} {...(isKnownArxiv ? { isKnownArxiv } : {})} />
      )}
    </section>
  );
}
