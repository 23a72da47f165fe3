/**
 * Pages a verdict does not need, each in a chunk of its own, loaded when first opened or when the
 * app warms up after the first verdict (warm-up-app.ts), whichever comes first (issue 10). The home
 * and record pages are in the first chunk. The root layout's Suspense boundary says "Loading…"
 * while a chunk arrives.
 */
import { lazy } from 'react';

const loaders = {
  settings: () => import('../features/settings/settings-page'),
  batch: () => import('../features/batch/batch-page'),
  file: () => import('../features/record/file-record-page'),
  share: () => import('../features/record/shared-record-page'),
  compute: () => import('../features/compute/compute-page'),
};

export const SettingsPage = lazy(() => loaders.settings().then((m) => ({ default: m.SettingsPage })));
export const BatchPage = lazy(() => loaders.batch().then((m) => ({ default: m.BatchPage })));
export const FileRecordPage = lazy(() => loaders.file().then((m) => ({ default: m.FileRecordPage })));
export const SharedRecordPage = lazy(() => loaders.share().then((m) => ({ default: m.SharedRecordPage })));
export const ComputePage = lazy(() => loaders.compute().then((m) => ({ default: m.ComputePage })));

/** Fetches every page chunk (the module cache makes the later lazy() loads instant). */
export async function prefetchRouteChunks(): Promise<void> {
  await Promise.all(Object.values(loaders).map((load) => load()));
}
