/** Starts verifying what the user dropped, picked or pasted, and opens the right page for it. */
import { navigate } from '../ui/navigation';
import { useCallback } from 'react';
import type { InputSource } from '../batch/batch-run';
import { useSettings } from '../settings/settings-store';
import { isChunkLoadError } from '../ui/chunk-boundary';
import { preloadPages } from '../ui/page-preload';
import { showIntakeFailure, showPending } from './intake-status';
import type * as TakeInput from './take-input';

/** Resolves in a new task, after the browser has had a chance to paint and handle input. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** The intake's work, fetched on the first input (or by the warm-up before it). */
export function loadTakeInput(): Promise<typeof TakeInput> {
  return import('./take-input');
}

export function useIntake(): (sources: readonly InputSource[]) => Promise<void> {
  const { userKeys } = useSettings();
  return useCallback(
    async (sources: readonly InputSource[]) => {
      if (sources.length === 0) return;
      const clear = showPending(sources.map((s) => s.name));
      // The page that will show the result is fetched while the input is verified, not after.
      preloadPages();
      let opened;
      try {
        const { takeInput } = await loadTakeInput();
        opened = await takeInput(sources, userKeys);
        if (opened.page === 'file') {
          navigate(`/file/${encodeURIComponent(opened.id)}`);
          return;
        }
      } catch (e) {
        // Said, not swallowed: the intake's code did not load (the network, or a newer deploy), or it threw.
        showIntakeFailure(
          sources.map((s) => s.name),
          isChunkLoadError(e) ? 'chunk' : 'error',
          e instanceof Error ? e.message : String(e),
        );
        return;
      } finally {
        clear();
      }
      // Draw the batch page in a task of its own. Starting the run and rendering a new page inside the
      // input's change event made one task of 70–85 ms on a 2-core host 2.5× slower than ours (the first
      // render of the page is most of it); split, neither half is long (issue 13, bench "responsiveness").
      await nextTask();
      navigate('/batch');
    },
    [userKeys],
  );
}
