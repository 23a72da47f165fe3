/**
 * The work behind an intake: verify one small document on the page, or start a batch run, and say
 * which page shows the result. Its own chunk (use-intake.ts loads it on the first input, the warm-up
 * before): the batch store, its workers and comlink are not on the home page's first load (issue 10).
 */
import type { UserKeySpec } from '../../core/user-keys';
import { sourceSize, type InputSource } from '../batch/batch-run';
import { SMALL_INPUT_BYTES, startRun } from '../batch/batch-store';
import { takeSmallInput } from '../batch/page-entries';

/** The page for what was taken: one entry's own page, or the batch. */
export type IntakePage = { readonly page: 'file'; readonly id: string } | { readonly page: 'batch' };

/** Takes the inputs and resolves once the page to open is known (after a small input's verdict). */
export async function takeInput(sources: readonly InputSource[], userKeys: readonly UserKeySpec[]): Promise<IntakePage> {
  // One small document: verified on the page at once, no worker to wait for (issue 10).
  const single = sources.length === 1 ? await takeSmallInput(sources[0]!, userKeys) : null;
  if (single !== null) return { page: 'file', id: single };
  const run = startRun(sources, userKeys);
  const bytes = sources.reduce((n, s) => n + sourceSize(s), 0);
  if (sources.length === 1 && bytes <= SMALL_INPUT_BYTES) {
    await run.done;
    const { rows } = run.getSnapshot();
    // One entry opens its own page: a record as a record, anything else as "this file is not…".
    if (rows.length === 1) return { page: 'file', id: rows[0]!.id };
  }
  return { page: 'batch' };
}
