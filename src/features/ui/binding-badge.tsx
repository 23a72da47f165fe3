/**
 * How a displayed field is tied to the pith number (docs/UX.md "ideas"):
 * icon + word, with the explanation in a tooltip and for screen readers.
 */
export type Binding = 'hash-bound' | 'rehash-bound' | 'signed' | 'unsigned' | 'rehash-failed';

export const BINDING_WORD: Record<Binding, string> = {
  'hash-bound': 'hash-bound',
  'rehash-bound': 'bound by re-hash',
  signed: 'signed',
  unsigned: 'unsigned',
  'rehash-failed': 're-hash failed',
};

export const BINDING_EXPLAIN: Record<Binding, string> = {
  'hash-bound': 'In the canonical record, covered by the hash.',
  'rehash-bound': 'Re-hashed here and matches the hash in the canonical record.',
  signed: 'Covered by the Ed25519 signature.',
  unsigned: 'Unsigned live data: nothing ties it to the number.',
  'rehash-failed': 'Re-hashed here and does NOT match the hash in the canonical record.',
};

const ICON: Record<Binding, string> = {
  'hash-bound': '#',
  'rehash-bound': '⟲',
  signed: '✎',
  unsigned: '○',
  'rehash-failed': '✗',
};

const CLASS: Record<Binding, string> = {
  'hash-bound': 'bg-teal-50 text-teal-800 ring-teal-600/30 dark:bg-teal-950 dark:text-teal-200 dark:ring-teal-400/30',
  'rehash-bound': 'bg-teal-50 text-teal-800 ring-teal-600/30 dark:bg-teal-950 dark:text-teal-200 dark:ring-teal-400/30',
  signed: 'bg-indigo-50 text-indigo-800 ring-indigo-600/30 dark:bg-indigo-950 dark:text-indigo-200 dark:ring-indigo-400/30',
  unsigned: 'bg-slate-100 text-slate-700 ring-slate-500/30 dark:bg-slate-800 dark:text-slate-300 dark:ring-slate-400/30',
  'rehash-failed': 'bg-red-50 text-red-800 ring-red-600/30 dark:bg-red-950 dark:text-red-200 dark:ring-red-400/30',
};

export function BindingBadge({ binding, className = '' }: { binding: Binding; className?: string }) {
  return (
    <span
      data-binding={binding}
      title={BINDING_EXPLAIN[binding]}
      className={`inline-flex shrink-0 items-center gap-1 rounded px-1.5 py-0.5 text-[0.7rem] font-semibold whitespace-nowrap ring-1 ring-inset ${CLASS[binding]} ${className}`}
    >
      <span aria-hidden="true">{ICON[binding]}</span>
      {BINDING_WORD[binding]}
      {/* Tooltips are invisible to keyboard and screen-reader users; say it in text too. */}
      <span className="sr-only">: {BINDING_EXPLAIN[binding]}</span>
    </span>
  );
}
