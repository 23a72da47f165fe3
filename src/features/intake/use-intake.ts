/** Starts verifying what the user dropped, picked or pasted, and opens the right page for it. */
import { useNavigate } from '@tanstack/react-router';
import { useCallback } from 'react';
import { sourceSize, type InputSource } from '../batch/batch-run';
import { useSettings } from '../settings/settings-store';
import { SMALL_INPUT_BYTES, startRun } from './intake-store';

export function useIntake(): (sources: readonly InputSource[]) => Promise<void> {
  const navigate = useNavigate();
  const { userKeys } = useSettings();
  return useCallback(
    async (sources: readonly InputSource[]) => {
      if (sources.length === 0) return;
      const run = startRun(sources, userKeys);
      const bytes = sources.reduce((n, s) => n + sourceSize(s), 0);
      if (sources.length === 1 && bytes <= SMALL_INPUT_BYTES) {
        await run.done;
        const { rows } = run.getSnapshot();
        // One readable record opens as a record; anything else (many, or an error) as a batch.
        if (rows.length === 1 && rows[0]!.verdict !== 'unreadable') {
          await navigate({ to: '/file/$id', params: { id: rows[0]!.id } });
          return;
        }
      }
      await navigate({ to: '/batch' });
    },
    [navigate, userKeys],
  );
}
