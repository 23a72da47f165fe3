/** Status and verdict presentation: always icon + word, colour only as a third cue (docs/UX.md #5). */
import type { CheckStatus, Verdict } from '../../core/verify/check-types';

export const STATUS_ICON: Record<CheckStatus, string> = { pass: '✓', fail: '✗', skip: '–', warn: '!' };
export const STATUS_WORD: Record<CheckStatus, string> = { pass: 'pass', fail: 'fail', skip: 'not checkable', warn: 'warning' };
export const STATUS_CLASS: Record<CheckStatus, string> = {
  pass: 'bg-emerald-50 text-emerald-800 ring-emerald-600/30 dark:bg-emerald-950 dark:text-emerald-200 dark:ring-emerald-400/30',
  fail: 'bg-red-50 text-red-800 ring-red-600/30 dark:bg-red-950 dark:text-red-200 dark:ring-red-400/30',
  skip: 'bg-slate-100 text-slate-700 ring-slate-500/30 dark:bg-slate-800 dark:text-slate-200 dark:ring-slate-400/30',
  warn: 'bg-amber-50 text-amber-900 ring-amber-600/30 dark:bg-amber-950 dark:text-amber-200 dark:ring-amber-400/30',
};

export const VERDICT_ICON: Record<Verdict, string> = { verified: '✓', incomplete: '◐', invalid: '✗' };
export const VERDICT_WORD: Record<Verdict, string> = { verified: 'Verified', incomplete: 'Incomplete', invalid: 'Invalid' };
export const VERDICT_CLASS: Record<Verdict, string> = {
  verified: 'bg-emerald-700 text-white dark:bg-emerald-400 dark:text-emerald-950',
  incomplete: 'bg-amber-400 text-amber-950 dark:bg-amber-300',
  invalid: 'bg-red-700 text-white dark:bg-red-400 dark:text-red-950',
};
export const VERDICT_EXPLAIN: Record<Verdict, string> = {
  verified: 'This browser recomputed the hash and the number and checked the signature against a pinned key: all hold.',
  incomplete: 'Nothing failed, but something needed for full verification is missing, unknown or not checkable.',
  invalid: 'At least one check failed: this record is not what it claims to be.',
};

/** The verdict badge's shape at each size; its colours are VERDICT_CLASS. */
export const VERDICT_BADGE_CLASS = 'inline-flex items-center gap-1.5 rounded-full font-semibold';
export const VERDICT_SIZE_CLASS = { sm: 'px-2 py-0.5 text-xs', md: 'px-3 py-1 text-sm' } as const;
