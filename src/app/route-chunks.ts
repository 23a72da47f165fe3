/**
 * Pages a verdict does not need, each in a chunk of its own, loaded when first opened or when the
 * app warms up after the first verdict (warm-up-app.ts), whichever comes first (issue 10). The home
 * and record pages are in the first chunk, and so is the one-file page (1 KB): it is what a first
 * paste or drop opens, which must not wait for a chunk. Once loaded they render without suspending
 * (preloadable.tsx); before, the router's pending page says "Loading…" (router.tsx).
 */
import { preloadable } from '../features/ui/preloadable';

const settings = preloadable(() => import('../features/settings/settings-page').then((m) => m.SettingsPage));
const batch = preloadable(() => import('../features/batch/batch-page').then((m) => m.BatchPage));
const share = preloadable(() => import('../features/record/shared-record-page').then((m) => m.SharedRecordPage));
const compute = preloadable(() => import('../features/compute/compute-page').then((m) => m.ComputePage));

export const SettingsPage = settings.Component;
export const BatchPage = batch.Component;
export const SharedRecordPage = share.Component;
export const ComputePage = compute.Component;

/** Fetches every page chunk, so that opening one later neither fetches nor suspends. */
export async function prefetchRouteChunks(): Promise<void> {
  await Promise.all([settings, batch, share, compute].map((p) => p.preload()));
}
