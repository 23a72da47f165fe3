/**
 * State that answers every keystroke locally while the URL follows after a pause: one history
 * write per pause (with replace), not one router navigation per key. Used by the batch table's
 * Find box and the compute form.
 */
import { useEffect } from 'react';

/** Calls `commit(value)` once `value` has stayed the same for `delayMs` and is not what is committed already. */
export function useDebouncedCommit<T>(value: T, committed: boolean, commit: (value: T) => void, delayMs = 300): void {
  useEffect(() => {
    if (committed) return;
    const timer = setTimeout(() => commit(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, committed, commit, delayMs]);
}
