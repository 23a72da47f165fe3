/** Starts verifying what the user dropped, picked or pasted, and opens the right page for it. */
import { useNavigate } from '@tanstack/react-router';
import { useCallback } from 'react';
import { sourceSize, type InputSource } from '../batch/batch-run';
import { useSettings } from '../settings/settings-store';
import { SMALL_INPUT_BYTES, startRun } from '../batch/batch-store';
import { takeSmallInput } from '../batch/page-entries';
import { showPending } from './intake-status';

/** Resolves in a new task, after the browser has had a chance to paint and handle input. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export function useIntake(): (sources: readonly InputSource[]) => Promise<void> {
  const navigate = useNavigate();
  const { userKeys } = useSettings();
  return useCallback(
    async (sources: readonly InputSource[]) => {
      if (sources.length === 0) return;
      const clear = showPending(sources.map((s) => s.name));
      try {
        // One small document: verified on the page at once, no worker to wait for (issue 10).
        const single = sources.length === 1 ? await takeSmallInput(sources[0]!, userKeys) : null;
        if (single !== null) {
          await navigate({ to: '/file/$id', params: { id: single } });
          return;
        }
        const run = startRun(sources, userKeys);
        const bytes = sources.reduce((n, s) => n + sourceSize(s), 0);
        if (sources.length === 1 && bytes <= SMALL_INPUT_BYTES) {
          await run.done;
          const { rows } = run.getSnapshot();
          // One entry opens its own page: a record as a record, anything else as "this file is not…".
          if (rows.length === 1) {
            await navigate({ to: '/file/$id', params: { id: rows[0]!.id } });
            return;
          }
        }
      } finally {
        clear();
      }
      // Draw the batch page in a task of its own. Starting the run and rendering a new page inside the
      // input's change event made one task of 70–85 ms on a 2-core host 2.5× slower than ours (the first
      // render of the page is most of it); split, neither half is long (issue 13, bench "responsiveness").
      await nextTask();
      await navigate({ to: '/batch' });
    },
    [navigate, userKeys],
  );
}
