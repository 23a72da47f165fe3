/**
 * The things the app says about itself rather than about a record (issue 10): that the browser is
 * offline (and what still works), and that a new version is ready. Neither is a verdict colour.
 */
import { Suspense } from 'react';
import { preloadable } from '../ui/preloadable';
import { Tag } from '../ui/tag';
import { BAR } from './banner-style';
import { useOnline, useServiceWorkerStatus } from './service-worker-status';

/** Shown while the browser is offline: what still works, and what cannot. */
export function OfflineNotice() {
  const online = useOnline();
  const { offlineReady } = useServiceWorkerStatus();
  if (online) return null;
  return (
    <div role="status" data-testid="offline-notice" className="border-b border-slate-200 bg-slate-50 print:hidden dark:border-slate-800 dark:bg-slate-900">
      <p className={BAR}>
        <Tag>offline</Tag>
        <span className="min-w-0 flex-1">
          This browser is offline. Files you drop or paste still verify here
          {offlineReady ? ', and the embedded sample mirror’s records still open' : ''}; lookups on remote mirrors cannot be made until the network is back.
        </span>
      </p>
    </div>
  );
}

const updatePrompt = preloadable(() => import('./update-prompt').then((m) => m.UpdatePrompt));
const LazyUpdatePrompt = updatePrompt.Component;

/** Fetches the update prompt's chunk ahead of need (the app's warm-up, before the service worker is registered). */
export const preloadUpdatePrompt = updatePrompt.preload;

/**
 * "Reload to update", once there is an update: its own chunk, which the first load does not fetch
 * (issue 10); the warm-up fetches it before the service worker can report one.
 */
export function UpdatePrompt() {
  const { update } = useServiceWorkerStatus();
  if (update === 'none') return null;
  return (
    <Suspense fallback={null}>
      <LazyUpdatePrompt />
    </Suspense>
  );
}

/** A line for the footer once this version is cached for offline use. */
export function OfflineReadyNote() {
  const { offlineReady } = useServiceWorkerStatus();
  if (!offlineReady) return null;
  return <span data-testid="offline-ready"> This version is saved in the browser and works offline.</span>;
}
