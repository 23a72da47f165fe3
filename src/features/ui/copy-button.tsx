/**
 * Copies a value to the clipboard. The visible word changes to "Copied" for a
 * moment and the same word is announced politely, so the result is not told by
 * colour or motion alone.
 */
import { useEffect, useRef, useState } from 'react';

type CopyState = 'idle' | 'copied' | 'failed';

const FEEDBACK_MS = 1500;

export interface CopyButtonProps {
  /** The exact text put on the clipboard. */
  text: string;
  /** What is copied, for the label: "Copy <what>". */
  what: string;
  className?: string;
}

export function CopyButton({ text, what, className = '' }: CopyButtonProps) {
  const [state, setState] = useState<CopyState>('idle');
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );

  const copy = async () => {
    let next: CopyState = 'failed';
    try {
      // Absent outside secure contexts (plain http), so that is a failure to report, not a crash.
      if (navigator.clipboard) {
        await navigator.clipboard.writeText(text);
        next = 'copied';
      }
    } catch {
      next = 'failed';
    }
    setState(next);
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => setState('idle'), FEEDBACK_MS);
  };

  const word = state === 'copied' ? 'Copied' : state === 'failed' ? 'Copy failed' : 'Copy';
  // An SVG, not a glyph: '⧉' is missing from many system fonts and renders as a box.
  const icon =
    state === 'copied' ? (
      '✓'
    ) : state === 'failed' ? (
      '✗'
    ) : (
      <svg viewBox="0 0 16 16" width="12" height="12" fill="none" stroke="currentColor" strokeWidth="1.5">
        <rect x="5" y="5" width="9" height="9" rx="1.5" />
        <path d="M11 5V3.5A1.5 1.5 0 0 0 9.5 2h-6A1.5 1.5 0 0 0 2 3.5v6A1.5 1.5 0 0 0 3.5 11H5" />
      </svg>
    );
  return (
    <span className={`inline-flex items-center ${className}`}>
      <button
        type="button"
        onClick={() => void copy()}
        aria-label={`Copy ${what}`}
        title={`Copy ${what}`}
        data-state={state}
        className="inline-flex min-h-6 items-center gap-1 rounded border border-slate-300 bg-white px-1.5 py-0.5 text-xs font-medium text-slate-700 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-teal-600 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-200 dark:hover:bg-slate-700"
      >
        <span aria-hidden="true">{icon}</span>
        <span aria-hidden="true">{word}</span>
      </button>
      {/* Announced separately: a button's own label change is not reliably read out. */}
      <span aria-live="polite" className="sr-only">
        {state === 'copied' ? `Copied ${what}` : state === 'failed' ? `Could not copy ${what}; select it and copy by hand` : ''}
      </span>
    </span>
  );
}
