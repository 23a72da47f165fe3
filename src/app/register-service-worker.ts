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

/**
 * Registers once per page load; a browser without service workers keeps working online. Resolves
 * once the page has fetched all it needs for that (workbox-window): the warm-up sets
 * html[data-workers="ready"] after it, and from there on the page fetches nothing for a drop or a
 * paste (the privacy tests hold it; found by CI, where the chunk's fetch raced that moment). The
 * precaching itself runs in the service worker, on the app's own files only.
 */
export async function registerServiceWorker(): Promise<void> {
  if (registered) return;
  registered = true;
  if (!('serviceWorker' in navigator)) return;
  // The same chunk registerSW imports: loaded here, its own import needs no request.
  await import('workbox-window').catch(() => undefined);
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
