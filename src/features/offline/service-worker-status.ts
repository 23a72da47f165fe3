/**
 * What the service worker has done (issue 10, offline and installable), told to the UI. The worker
 * is registered by src/app/register-service-worker.ts; this store only carries its news, so the
 * features that show it import nothing from the app layer.
 *
 *  - offlineReady: this version is cached and the app opens and verifies with the network off. True
 *    from the first moment on a page a service worker already controls (it was served from the cache).
 *  - update 'waiting': a newer version is installed and waits. It is never swapped in under the user:
 *    only `applyUpdate` (the "Reload to update" button) activates it, and then only this tab reloads.
 *  - update 'elsewhere': another tab activated it; this page still runs the version it loaded, and its
 *    user reloads when ready (nothing on this page is lost by the other tab's choice).
 *  - failed: registration failed (a browser that blocks service workers, a private window); the app
 *    works as before, only not offline.
 */
import { useSyncExternalStore } from 'react';

export interface ServiceWorkerStatus {
  readonly offlineReady: boolean;
  readonly update: 'none' | 'waiting' | 'elsewhere';
  readonly failed: boolean;
}

const controlled = typeof navigator !== 'undefined' && 'serviceWorker' in navigator && navigator.serviceWorker.controller !== null;
let status: ServiceWorkerStatus = { offlineReady: controlled, update: 'none', failed: false };
let activate: (() => Promise<void>) | null = null;
let activatedHere = false;
const listeners = new Set<() => void>();

/** html[data-service-worker], for tests and the curious: failed, update-waiting/-elsewhere, offline-ready or none. */
function reflect() {
  document.documentElement.dataset.serviceWorker = status.failed ? 'failed' : status.update !== 'none' ? `update-${status.update}` : status.offlineReady ? 'offline-ready' : 'none';
}
if (controlled) reflect();

function set(next: Partial<ServiceWorkerStatus>) {
  status = { ...status, ...next };
  reflect();
  for (const l of listeners) l();
}

/** Called by the registration's callbacks. */
export const serviceWorkerNews = {
  offlineReady: () => set({ offlineReady: true }),
  updateWaiting: (activateWaiting: () => Promise<void>) => {
    activate = activateWaiting;
    set({ update: 'waiting' });
  },
  /** The new version now controls this page: reload if this tab asked for it, else say so. */
  updateActivated: () => {
    if (activatedHere) window.location.reload();
    else set({ update: 'elsewhere' });
  },
  failed: () => set({ failed: true }),
};

/** Activates the waiting version; this tab reloads once it controls the page. */
export async function applyUpdate(): Promise<void> {
  activatedHere = true;
  await activate?.();
}

function subscribe(l: () => void) {
  listeners.add(l);
  return () => void listeners.delete(l);
}

/** The service worker's status, for components. */
export function useServiceWorkerStatus(): ServiceWorkerStatus {
  return useSyncExternalStore(subscribe, () => status);
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
