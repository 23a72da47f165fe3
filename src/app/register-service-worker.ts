/**
 * Registers the service worker that vite-plugin-pwa generates (config/pwa.ts) and passes its news to
 * features/offline/service-worker-status.ts. Called at the end of the warm-up (warm-up-app.ts): after
 * the first verdict and the workers, so precaching (about 1.2 MB) never competes with them.
 */
import { registerSW } from 'virtual:pwa-register';
import { serviceWorkerNews } from '../features/offline/service-worker-status';

/** An open tab asks for a new version this often: the browser itself checks only on navigations, which a single-page app rarely makes. */
const UPDATE_CHECK_MS = 60 * 60 * 1000;

let registered = false;

/** Registers once per page load; a browser without service workers keeps working online. */
export function registerServiceWorker(): void {
  if (registered) return;
  registered = true;
  if (!('serviceWorker' in navigator)) return;
  const update = registerSW({
    immediate: true,
    onOfflineReady: serviceWorkerNews.offlineReady,
    onNeedRefresh: () => serviceWorkerNews.updateWaiting(() => update(true)),
    // Without this the plugin reloads every open tab once the new version takes over, the tabs whose
    // user chose "Later" included (found by review: a dropped file was lost in the other tab).
    onNeedReload: serviceWorkerNews.updateActivated,
    onRegisterError: serviceWorkerNews.failed,
    onRegisteredSW: (_url, registration) => {
      if (registration) setInterval(() => void registration.update().catch(() => undefined), UPDATE_CHECK_MS);
    },
  });
}
