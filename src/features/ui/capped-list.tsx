/**
 * A long list drawn a part at a time. A record may list any number of entries, and a forged one
 * listed 300,000 aliases: drawn whole it was 3.3 million DOM nodes and one 14 s task (a hostile
 * review, 2026-12-03). The first `first` are drawn, then `step` more a click; the button says how
 * many there are, so nothing is hidden without saying so.
 */
import { useState } from 'react';
import { Button } from './button';

/** How many of a list are drawn at first, and how many more each "Show more" adds. */
export const LIST_FIRST = 100;
export const LIST_STEP = 500;

/** The part of `items` to draw now, and what the "Show more" button needs. */
export function useCappedList<T>(items: readonly T[], first = LIST_FIRST, step = LIST_STEP): { shown: readonly T[]; more: () => void; hidden: number; step: number } {
  const [count, setCount] = useState(first);
  const shown = items.length > count ? items.slice(0, count) : items;
  return { shown, more: () => setCount((c) => c + step), hidden: items.length - shown.length, step };
}

/** "Show 500 more aliases (299,906 not shown)"; nothing when the whole list is drawn. */
export function ShowMoreButton({ hidden, step, more, what }: { hidden: number; step: number; more: () => void; what: string }) {
  if (hidden <= 0) return null;
  return (
    <Button onClick={more}>
      Show {Math.min(step, hidden).toLocaleString('en-US')} more {what} ({hidden.toLocaleString('en-US')} not shown)
    </Button>
  );
}
