/**
 * One search box for every form (docs/UX.md: no type dropdown). It says what
 * it understood as you type and, for bad input, what is wrong and what would
 * be right; it never navigates on input it cannot read.
 */
import { navigate } from '../ui/navigation';
import { Suspense, useId, useState, type ClipboardEvent, type FormEvent } from 'react';
import { parseQuery } from '../../core/query/parse-query';
import { classifyPaste, pathForQuery } from '../../core/query/query-path';
import { useIntake } from '../intake/use-intake';
import { ChunkBoundary } from '../ui/chunk-boundary';
import { preloadable } from '../ui/preloadable';

/**
 * "Did you mean": its own chunk, fetched once 8 characters are typed (or by the warm-up), since it
 * brings TanStack's useQueries with it (2.7 KB gzip of the home page's first load, issue 10).
 */
const nearMisses = preloadable(() => import('./near-miss-list').then((m) => m.NearMissList));
const NearMissList = nearMisses.Component;

/** Fetches the near-miss list's chunk ahead of need (the app's warm-up). */
export const preloadNearMisses = nearMisses.preload;

/**
 * `suggestInitial`: offer near misses for the text the box was opened with (the unreadable-query
 * page). Elsewhere (the header on a record page) they wait for an edit, so opening a deep link
 * fetches no alias index for a box that merely shows the number (issue 10).
 */
export function SearchBox({ initial = '', autoFocus = false, compact = false, suggestInitial = false }: { initial?: string; autoFocus?: boolean; compact?: boolean; suggestInitial?: boolean }) {
  const [text, setText] = useState(initial);
  const [submitted, setSubmitted] = useState(false);
  const hintId = useId();
  const parsed = text.trim() === '' ? null : parseQuery(text);
  // The text a page was opened with is not re-explained here: that page says what is wrong with it
  // (QueryErrorPage); once edited, the box explains as you type.
  const showError = parsed !== null && !parsed.ok && (submitted || (text !== initial && text.trim().length >= 8));

  const intake = useIntake();

  /** The one paste rule here too: JSON is verified as if dropped, an identifier looked up at once. */
  function onPaste(e: ClipboardEvent<HTMLInputElement>) {
    const pasted = e.clipboardData.getData('text/plain');
    const kind = classifyPaste(pasted);
    if (kind.kind === 'documents') {
      e.preventDefault();
      void intake([{ name: 'pasted text', text: pasted }]);
    } else if (kind.kind === 'query' && (e.currentTarget.value === '' || (e.currentTarget.selectionStart === 0 && e.currentTarget.selectionEnd === e.currentTarget.value.length))) {
      // Pasted over nothing (or over all of it): a whole identifier, looked up. Pasted into the middle
      // of what is there, it is part of an edit: the box takes it as text.
      e.preventDefault();
      setText(pasted.trim());
      navigate(pathForQuery(kind.query));
    }
  }

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    setSubmitted(true);
    if (parsed?.ok) navigate(pathForQuery(parsed.value));
  }

  return (
    <form role="search" onSubmit={onSubmit} className={compact ? 'w-full max-w-xl' : 'w-full'}>
      <label htmlFor={`${hintId}-input`} className={compact ? 'sr-only' : 'mb-1 block text-sm font-medium'}>
        Pith number, arXiv id or DOI
      </label>
      <div className="flex gap-2">
        <input
          id={`${hintId}-input`}
          name="q"
          type="search"
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            setSubmitted(false);
          }}
          onPaste={onPaste}
          // Focused on load on the home page: looking something up is the page's one job.
          autoFocus={autoFocus}
          autoComplete="off"
          spellCheck={false}
          aria-describedby={hintId}
          aria-invalid={showError}
          placeholder="pith:2017:UTTGU3KIYM6JKD6ALUV7A7CX74, 1704.04289, 10.48550/arXiv.1704.04289"
          className={`w-full rounded-lg border border-slate-300 bg-white px-3 font-mono text-sm shadow-sm focus:border-teal-600 focus:ring-2 focus:ring-teal-600/40 focus:outline-none dark:border-slate-600 dark:bg-slate-900 ${compact ? 'py-1.5' : 'py-2.5'}`}
        />
        <button type="submit" className="rounded-lg bg-teal-700 px-4 text-sm whitespace-nowrap font-semibold text-white hover:bg-teal-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-teal-700 dark:bg-teal-700 dark:hover:bg-teal-600">
          Look up
        </button>
      </div>
      <p id={hintId} aria-live="polite" className={`mt-1 min-h-5 text-xs ${showError ? 'text-red-700 dark:text-red-300' : 'text-slate-600 dark:text-slate-400'}`} data-testid="query-hint">
        {parsed === null ? (compact ? '' : 'Paste any form: full or short pith number, pith.science URL, arXiv id or URL, DOI or doi.org URL.') : parsed.ok ? `Understood: ${parsed.value.understood}${parsed.value.unwrapped === undefined ? '' : `, read from inside the quotes, brackets or punctuation around it`}` : showError ? parsed.error.message : ''}
      </p>
      {text.trim().length >= 8 && (suggestInitial || text !== initial) && (
        <ChunkBoundary what="Suggestions">
          <Suspense fallback={null}>
            <NearMissList text={text} />
          </Suspense>
        </ChunkBoundary>
      )}
    </form>
  );
}
