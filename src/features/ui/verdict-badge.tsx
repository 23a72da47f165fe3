import type { Verdict } from '../../core/verify/check-types';
import { VERDICT_BADGE_CLASS, VERDICT_CLASS, VERDICT_ICON, VERDICT_SIZE_CLASS, VERDICT_WORD } from './status-style';

/** The verdict from this browser's checks; `data-verdict` is read by tests and tools. */
export function VerdictBadge({ verdict, size = 'md' }: { verdict: Verdict; size?: 'sm' | 'md' }) {
  return (
    <span
      data-verdict={verdict}
      className={`${VERDICT_BADGE_CLASS} ${VERDICT_CLASS[verdict]} ${VERDICT_SIZE_CLASS[size]}`}
    >
      <span aria-hidden="true">{VERDICT_ICON[verdict]}</span>
      {VERDICT_WORD[verdict]}
    </span>
  );
}
