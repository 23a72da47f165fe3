/**
 * Pages loaded on demand, each in a chunk of its own (issue 10): fetched when first opened, when an
 * action that opens one starts (a drop, a paste, a lookup: ui/page-preload.ts), when a deep link's
 * first verdict is up (boot.ts), or when the app warms up (warm-up-app.ts), whichever comes first.
 * The home page's first load is React, the layout and the home page; the record pages (a lookup's
 * and a file's) are one chunk beside them. Once loaded they render without suspending
 * (preloadable.tsx); before, the page says "Loading…" (router.tsx).
 */
import { preloadable } from '../features/ui/preloadable';
import { registerPagePreload } from '../features/ui/page-preload';

const record = preloadable(() => import('../features/record/record-page').then((m) => m.RecordPage));
const file = preloadable(() => import('../features/record/file-record-page').then((m) => m.FileRecordPage));
const settings = preloadable(() => import('../features/settings/settings-page').then((m) => m.SettingsPage));
const batch = preloadable(() => import('../features/batch/batch-route').then((m) => m.BatchRoute));
const share = preloadable(() => import('../features/record/shared-record-page').then((m) => m.SharedRecordPage));
const compute = preloadable(() => import('../features/compute/compute-route').then((m) => m.ComputeRoute));
const queryError = preloadable(() => import('../features/lookup/query-error-page').then((m) => m.QueryErrorPage));

export const RecordPage = record.Component;
export const FileRecordPage = file.Component;
export const SettingsPage = settings.Component;
export const BatchRoute = batch.Component;
export const SharedRecordPage = share.Component;
export const ComputeRoute = compute.Component;
export const QueryErrorPage = queryError.Component;

/** The record pages' chunks (what a lookup, a drop or a paste opens, or its error page). */
export function preloadRecordPages(): Promise<void> {
  return Promise.all([record.preload(), file.preload(), queryError.preload()]).then(() => undefined);
}
// The verifier first, through its doors (verify-client.ts loads the same modules; sha256: the file's
// hash): the verdict waits for it, and asked after the record pages it queued behind their files on
// HTTP/1.1's six connections (docs/performance-log.md, 2026-12-02 third session). Then the pages.
registerPagePreload(() => void Promise.all([import('../core/verify/verify-document'), import('../core/user-keys'), import('../core/crypto/sha256')]).catch(() => undefined));
registerPagePreload(() => void preloadRecordPages());

/** Fetches every page chunk, so that opening one later neither fetches nor suspends. */
export async function prefetchRouteChunks(): Promise<void> {
  await Promise.all([record, file, queryError, settings, batch, share, compute].map((p) => p.preload()));
}
