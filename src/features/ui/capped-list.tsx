/**
 * A long list drawn a part at a time. A record may list any number of entries, and a forged one
 * listed 300,000 aliases: drawn whole it was 3.3 million DOM nodes and one 14 s task (a hostile
 * review, 2026-12-03). The first `first` are drawn, then `step` more a click; the button says how
 * many there are, so nothing is hidden without saying so.
 */
import { useMemo, useState } from 'react';
import { Button } from './button';
import { formatCount } from '../../core/text/format-count';

/** How many of a list are drawn at first, and how many more each "Show more" adds. */
export const LIST_FIRST = 100;
export const LIST_STEP = 500;

/**
 * The part of `items` to draw now, and what the "Show more" button needs. When the list is capped,
 * the items `lookFirst` picks come first (in their order), so none of them is out of sight.
 */
export function useCappedList<T>(items: readonly T[], lookFirst: (item: T) => boolean, first = LIST_FIRST, step = LIST_STEP): { shown: readonly T[]; more: () => void; hidden: number; step: number } {
  const [count, setCount] = useState(first);
  const ordered = useMemo(() => (items.length > first ? [...items.filter(lookFirst), ...items.filter((i) => !lookFirst(i))] : items), [items, lookFirst, first]);
  const shown = ordered.length > count ? ordered.slice(0, count) : ordered;
  return { shown, more: () => setCount((c) => c + step), hidden: items.length - shown.length, step };
}

/** A checked entry that failed or warned: what a capped list shows first. */
export const failsOrWarns = (item: { readonly status: string | null }) => item.status === 'fail' || item.status === 'warn';

/** "Show 500 more aliases (299,906 not shown)"; nothing when the whole list is drawn. */
export function ShowMoreButton({ hidden, step, more, what }: { hidden: number; step: number; more: () => void; what: string }) {
  if (hidden <= 0) return null;
  return (
    <Button onClick={more}>
      Show {formatCount(Math.min(step, hidden))} more {what} ({formatCount(hidden)} not shown)
    </Button>
  );
}
