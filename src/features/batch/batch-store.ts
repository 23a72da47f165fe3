/**
 * The current batch run, kept for the /batch and /file pages. Dropped data
 * lives only in this tab's memory and its workers: nothing is stored or sent.
 */
import { useSyncExternalStore } from 'react';
import type { UserKeySpec } from '../../core/user-keys';
import { BatchRun, type InputSource } from './batch-run';
import { getPool } from './worker-pool';

let current: BatchRun | null = null;
let seq = 0;
const listeners = new Set<() => void>();

export function startRun(sources: readonly InputSource[], userKeys: readonly UserKeySpec[]): BatchRun {
  current?.cancel();
  const pool = getPool();
  void pool.clear();
  current = new BatchRun(++seq, sources, pool, userKeys);
  for (const l of listeners) l();
  return current;
}

export function currentRun(): BatchRun | null {
  return current;
}

export function useCurrentRun(): BatchRun | null {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => current,
  );
}

/** Small inputs are verified before navigating, so one record opens its own view directly. */
export const SMALL_INPUT_BYTES = 2 * 1024 * 1024;
