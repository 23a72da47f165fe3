/**
 * How a displayed field is tied to the signed digest (docs/UX.md "ideas"), as the core decided it
 * (report.fields): icon + word, with the explanation in a tooltip and for screen readers.
 */
import type { Binding } from '../../core/verify/report-types';

export const BINDING_WORD: Record<Binding, string> = {
  signed: 'signed',
  'hash-bound': 'hash-bound',
  'rehash-bound': 'bound by re-hash',
  unbound: 'unbound',
  contradicted: 'contradicted',
};

export const BINDING_EXPLAIN: Record<Binding, string> = {
  signed: 'Covered by a valid Ed25519 signature by a trusted key.',
  'hash-bound': 'In (or equal to a value in) the canonical record whose SHA-256 is the signed digest.',
  'rehash-bound': 'Re-hashed here and equal to its hash in the signed canonical record.',
  unbound: 'Not tied to the signed digest: nothing this browser checked covers it.',
  contradicted: 'A check compared it with the bound value and it differs.',
};

const ICON: Record<Binding, string> = { signed: '✎', 'hash-bound': '#', 'rehash-bound': '⟲', unbound: '○', contradicted: '✗' };

const CLASS: Record<Binding, string> = {
  signed: 'bg-indigo-50 text-indigo-800 ring-indigo-600/30 dark:bg-indigo-950 dark:text-indigo-200 dark:ring-indigo-400/30',
  'hash-bound': 'bg-teal-50 text-teal-800 ring-teal-600/30 dark:bg-teal-950 dark:text-teal-200 dark:ring-teal-400/30',
  'rehash-bound': 'bg-teal-50 text-teal-800 ring-teal-600/30 dark:bg-teal-950 dark:text-teal-200 dark:ring-teal-400/30',
  unbound: 'bg-slate-100 text-slate-700 ring-slate-500/30 dark:bg-slate-800 dark:text-slate-300 dark:ring-slate-400/30',
  contradicted: 'bg-red-50 text-red-800 ring-red-600/30 dark:bg-red-950 dark:text-red-200 dark:ring-red-400/30',
};

/** One binding, as a badge; `field` names the report field(s) it stands for (data-field, read by tests and tools). */
export function BindingBadge({ binding, note, field, className = '' }: { binding: Binding; note?: string; field?: string; className?: string }) {
  const explain = note ?? BINDING_EXPLAIN[binding];
  return (
    <span
      data-binding={binding}
      data-field={field}
      title={explain}
      className={`inline-flex shrink-0 items-center gap-1 rounded px-1.5 py-0.5 text-[0.7rem] font-semibold whitespace-nowrap ring-1 ring-inset ${CLASS[binding]} ${className}`}
    >
      <span aria-hidden="true">{ICON[binding]}</span>
      {BINDING_WORD[binding]}
      {/* Tooltips are invisible to keyboard and screen-reader users; say it in text too. */}
      <span className="sr-only">: {explain}</span>
    </span>
  );
}

/** The five bindings once, instead of a badge on every unsigned line (a legend). */
export function BindingLegend({ only }: { only?: readonly Binding[] }) {
  const shown = only ?? (Object.keys(BINDING_WORD) as Binding[]);
  return (
    <ul className="flex flex-wrap gap-x-3 gap-y-1 text-xs text-slate-600 dark:text-slate-400" aria-label="What the binding marks mean">
      {shown.map((b) => (
        <li key={b} className="inline-flex items-center gap-1">
          <BindingBadge binding={b} /> {BINDING_EXPLAIN[b]}
        </li>
      ))}
    </ul>
  );
}
