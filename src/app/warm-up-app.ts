/**
 * What the app loads after the first thing it was opened for is on screen (issue 10): the batch
 * workers (started and warmed up on bundled records), the single-document worker, and the chunks of
 * the pages a drop, a paste or a click may open next. Then html[data-workers="ready"]: from there on a
 * drop or paste fetches nothing, which the privacy tests hold (nothing dropped is sent anywhere, and
 * nothing is even fetched while it is verified).
 *
 * Then the service worker is registered (register-service-worker.ts).
 *
 * When: on a lookup page (a deep link), after its verdict or error is painted (markPageSettled), so
 * nothing competes with it; on any other page when the browser is first idle.
 */
import { hadIntake, whenNoPendingIntake } from '../features/intake/intake-status';
import { pageSettled } from '../features/verification/page-settled';
import { loadTakeInput } from '../features/intake/use-intake';
import { preloadNearMisses } from '../features/lookup/search-box';
import { showEmbeddedRecords } from '../features/home/home-page';
import { preloadUpdatePrompt } from '../features/offline/app-status-banners';
import { isLookupPath } from './lookup-path';
import { prefetchRouteChunks } from './route-chunks';

function idle(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: 2000 });
    else setTimeout(resolve, 200);
  });
}

/**
 * Once the user's first input, if there was one, is verified and its page painted: a paste at first
 * paint competed with the warm-up's dozen chunk fetches and their compiling for its own verdict
 * (2026-12-02, third session: the warm-up began ~100 ms after such a paste, while its page drew).
 */
async function afterFirstInput(): Promise<void> {
  await whenNoPendingIntake();
  if (hadIntake()) await Promise.race([pageSettled(), new Promise((r) => setTimeout(r, 5_000))]);
}

let started = false;

/** Starts the warm-up once per page load; resolves when it is done. */
export async function warmUpApp(location: { pathname: string; search: string }): Promise<void> {
  if (started) return;
  started = true;
  // A lookup that never settles (a mirror that hangs) must not hold the warm-up back for ever.
  if (isLookupPath(location.pathname, location.search)) await Promise.race([pageSettled(), new Promise((r) => setTimeout(r, 10_000))]);
  await idle();
  // Not while the user's own first input is being verified and drawn: it needs the cores more than we do.
  await afterFirstInput();
  // Tests and the benchmark count what was loaded before this point (the first verdict's cost).
  document.documentElement.dataset.warmup = 'started';
  performance.mark('pith:warm-up');
  // Chunks first: they are what a paste, a drop or a click waits for next.
  // Imported here, not statically: none of it is on the home page's first load.
  const [verify, recordView] = await Promise.all([import('../features/verification/verify-client'), import('../features/record/record-view'), prefetchRouteChunks(), loadTakeInput(), preloadNearMisses(), preloadUpdatePrompt(), showEmbeddedRecords()]);
  await Promise.all([verify.loadVerifier(), verify.loadDocumentHash(), recordView.prefetchRecordChunks()]);
  // Then the workers, which take both cores for a while (compiling, warming up on bundled records):
  // after the user's first input, if there was one, is verified and its page painted.
  await afterFirstInput();
  const { getPool } = await import('../features/batch/worker-pool');
  await Promise.all([getPool().warm(), verify.startDocumentWorker()]);
  // Last: the service worker, which precaches the whole app for offline use (config/pwa.ts).
  const { registerServiceWorker } = await import('./register-service-worker');
  await registerServiceWorker();
  document.documentElement.dataset.workers = 'ready';
}
