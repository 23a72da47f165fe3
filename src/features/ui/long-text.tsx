/**
 * A string from a document, however long: the first part is shown, and the rest on request up to a
 * stated cap, so a 40 MB abstract never becomes one text node the page has to lay out.
 */
import { visibleProse } from '../../core/text/visible-text';
import { useState } from 'react';
import { cutCodeUnits } from '../../core/text/cut-text';
import { formatCount } from '../../core/text/format-count';

/** Shown at first. */
export const LONG_TEXT_PREVIEW = 2_000;
/** Shown at most, even when asked for all (about 40 pages of text); the download has the rest. */
export const LONG_TEXT_CAP = 100_000;

/** `total`: the length of the whole value when `text` is already cut (a report field's fullLength). */
/**
 * `preview`: how much is shown at first (a title gets less than an abstract, so a forged 3,000-character
 * title cannot push the verdict off the screen). The text is bidi-isolated (unicode-bidi: isolate): a
 * right-to-left override inside a document's string cannot reorder the app's words around it.
 */
export function LongText({ text, what, total, preview = LONG_TEXT_PREVIEW, className = '' }: { text: string; what: string; total?: number; preview?: number; className?: string }) {
  const [open, setOpen] = useState(false);
  const length = total ?? text.length;
  className = `${className} [unicode-bidi:isolate]`;
  if (text.length <= preview) return <span className={className}>{visibleProse(text)}</span>;
  const limit = open ? LONG_TEXT_CAP : preview;
  const shown = cutCodeUnits(text, limit);
  return (
    <span className={className} data-long-text={length}>
      {visibleProse(shown)}
      <span aria-hidden="true">…</span>{' '}
      <span className="text-xs font-normal text-slate-600 not-italic dark:text-slate-400">
        ({formatCount(length)} characters{open && length > LONG_TEXT_CAP ? `; the first ${formatCount(LONG_TEXT_CAP)} are shown, the download has all` : ''}){' '}
        {!open && (
          <button type="button" className="underline underline-offset-2" onClick={() => setOpen(true)}>
            show more<span className="sr-only"> of the {what}</span>
          </button>
        )}
      </span>
    </span>
  );
}
