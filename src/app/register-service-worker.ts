/**
 * Registers the service worker that vite-plugin-pwa generates (config/pwa.ts) and passes its news to
 * features/offline/service-worker-status.ts. Called at the end of the warm-up (warm-up-app.ts): after
 * the first verdict and the workers, so precaching (about 1.3 MB) never competes with them.
 */
import { registerSW } from 'virtual:pwa-register';
import { serviceWorkerNews } from '../features/offline/service-worker-status';

const UPDATE_CHECK_MS = 60 * 60 * 1000;

let registered = false;

/** Registers once per page load; a browser without service workers keeps working online. */
export function registerServiceWorker(): void {
  if (registered) return;
  registered = true;
  if (!('serviceWorker' in navigator)) return;
  // A page the service worker already controls was served from this version's cache.
  if (navigator.serviceWorker.controller) serviceWorkerNews.offlineReady();
  const update = registerSW({
    immediate: true,
    onOfflineReady: serviceWorkerNews.offlineReady,
    onNeedRefresh: () => serviceWorkerNews.updateReady(() => update(true)),
    onRegisterError: serviceWorkerNews.failed,
    // A tab left open for days still hears of a new version: the browser itself checks only on
    // navigations, which a single-page app rarely makes.
    onRegisteredSW: (_url, registration) => {
      if (registration) setInterval(() => void registration.update().catch(() => undefined), UPDATE_CHECK_MS);
    },
  });
}
