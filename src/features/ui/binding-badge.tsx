/**
 * How a displayed field is tied to the signed digest (docs/UX.md "ideas"), as the core decided it
 * (report.fields): icon + word, with the explanation in a tooltip and for screen readers.
 */
import type { Binding } from '../../core/verify/report-types';
import { BINDING_BADGE_CLASS, BINDING_CLASS, BINDING_EXPLAIN, BINDING_ICON, BINDING_WORD } from './binding-style';

/** One binding, as a badge; `field` names the report field(s) it stands for (data-field, read by tests and tools). */
export function BindingBadge({ binding, note, field, className = '' }: { binding: Binding; note?: string; field?: string; className?: string }) {
  const explain = note ?? BINDING_EXPLAIN[binding];
  return (
    <span
      data-binding={binding}
      data-field={field}
      title={explain}
      className={`${BINDING_BADGE_CLASS} ${BINDING_CLASS[binding]} ${className}`}
    >
      <span aria-hidden="true">{BINDING_ICON[binding]}</span>
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
