import type { Verdict } from '../../core/verify/check-types';
import { VERDICT_CLASS, VERDICT_ICON, VERDICT_WORD } from './status-style';

/** The verdict from this browser's checks; `data-verdict` is read by tests and tools. */
export function VerdictBadge({ verdict, size = 'md' }: { verdict: Verdict; size?: 'sm' | 'md' }) {
  return (
    <span
      data-verdict={verdict}
      className={`inline-flex items-center gap-1.5 rounded-full font-semibold ${VERDICT_CLASS[verdict]} ${size === 'sm' ? 'px-2 py-0.5 text-xs' : 'px-3 py-1 text-sm'}`}
    >
      <span aria-hidden="true">{VERDICT_ICON[verdict]}</span>
      {VERDICT_WORD[verdict]}
    </span>
  );
}
