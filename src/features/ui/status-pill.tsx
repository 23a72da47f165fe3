/** A check or item status: icon + word, colour only as a third cue (docs/UX.md #5). */
import type { CheckStatus } from '../../core/verify/check-types';
import { STATUS_CLASS, STATUS_ICON, STATUS_WORD } from './status-style';

export function StatusPill({ status, size = 'md', className = '' }: { status: CheckStatus; size?: 'sm' | 'md'; className?: string }) {
  return (
    <span
      data-status-pill={status}
      className={`inline-flex items-center gap-1 rounded font-semibold ring-1 ring-inset ${size === 'sm' ? 'px-1 text-xs' : 'px-2 py-0.5 text-xs'} ${STATUS_CLASS[status]} ${className}`}
    >
      <span aria-hidden="true">{STATUS_ICON[status]}</span>
      {STATUS_WORD[status]}
    </span>
  );
}
