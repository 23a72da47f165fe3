/**
 * What the service worker has done (issue 10, offline and installable), told to the UI. The worker
 * is registered by src/app/register-service-worker.ts; this store only carries its news, so the
 * features that show it import nothing from the app layer.
 *
 *  - 'none': not registered yet (it is, after the first verdict and the warm-up), or not supported.
 *  - 'offline-ready': this version is cached; the app opens and verifies with the network off.
 *  - 'update-ready': a newer version is installed and waiting. It is never swapped in under the
 *    user: only `applyUpdate` (the "Reload to update" button) activates it and reloads the page.
 *  - 'failed': registration failed (a browser that blocks service workers, a private window); the
 *    app works as before, only not offline.
 */
import { useSyncExternalStore } from 'react';

export type ServiceWorkerState = 'none' | 'offline-ready' | 'update-ready' | 'failed';

let state: ServiceWorkerState = 'none';
let apply: (() => Promise<void>) | null = null;
const listeners = new Set<() => void>();

function set(next: ServiceWorkerState) {
  state = next;
  document.documentElement.dataset.serviceWorker = next;
  for (const l of listeners) l();
}

/** Called by the registration's callbacks. */
export const serviceWorkerNews = {
  offlineReady: () => set('offline-ready'),
  updateReady: (activate: () => Promise<void>) => {
    apply = activate;
    set('update-ready');
  },
  failed: () => set('failed'),
};

/** Activates the waiting version; the page reloads once it controls the page. */
export async function applyUpdate(): Promise<void> {
  await apply?.();
}

function subscribe(l: () => void) {
  listeners.add(l);
  return () => void listeners.delete(l);
}

/** The service worker's state, for components. */
export function useServiceWorkerState(): ServiceWorkerState {
  return useSyncExternalStore(subscribe, () => state);
}

function subscribeOnline(l: () => void) {
  window.addEventListener('online', l);
  window.addEventListener('offline', l);
  return () => {
    window.removeEventListener('online', l);
    window.removeEventListener('offline', l);
  };
}

/** Whether the browser says it has a network (navigator.onLine: false is reliable, true is a guess). */
export function useOnline(): boolean {
  return useSyncExternalStore(subscribeOnline, () => navigator.onLine);
}
