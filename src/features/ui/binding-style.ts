/**
 * How a binding is shown (docs/UX.md "ideas"): icon + word, the explanation for tooltips and screen
 * readers, and its colours. Plain data, so the pre-React first verdict (record/first-verdict.ts)
 * shows a binding exactly as the BindingBadge component does.
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

export const BINDING_ICON: Record<Binding, string> = { signed: '✎', 'hash-bound': '#', 'rehash-bound': '⟲', unbound: '○', contradicted: '✗' };

export const BINDING_CLASS: Record<Binding, string> = {
  signed: 'bg-indigo-50 text-indigo-800 ring-indigo-600/30 dark:bg-indigo-950 dark:text-indigo-200 dark:ring-indigo-400/30',
  'hash-bound': 'bg-teal-50 text-teal-800 ring-teal-600/30 dark:bg-teal-950 dark:text-teal-200 dark:ring-teal-400/30',
  'rehash-bound': 'bg-teal-50 text-teal-800 ring-teal-600/30 dark:bg-teal-950 dark:text-teal-200 dark:ring-teal-400/30',
  unbound: 'bg-slate-100 text-slate-700 ring-slate-500/30 dark:bg-slate-800 dark:text-slate-300 dark:ring-slate-400/30',
  contradicted: 'bg-red-50 text-red-800 ring-red-600/30 dark:bg-red-950 dark:text-red-200 dark:ring-red-400/30',
};

/** The badge's shape; its colours are BINDING_CLASS. */
export const BINDING_BADGE_CLASS = 'inline-flex shrink-0 items-center gap-1 rounded px-1.5 py-0.5 text-[0.7rem] font-semibold whitespace-nowrap ring-1 ring-inset';
