/**
 * The app's one query client. The boot script (src/main.ts) creates it before React, so that a deep
 * link's first verdict (features/record/first-verdict.ts) and the React record page read one cache.
 */
import { QueryClient } from '@tanstack/react-query';

// networkMode 'always': TanStack Query would otherwise pause every query (and mutation: settings' Test)
// while the browser is offline, yet the embedded mirror is served from the service worker's cache
// then, and a remote mirror's failure is reported by the lookup itself ("offline", src/core/mirrors/mirror-fetch.ts).
export function createAppQueryClient(): QueryClient {
  return new QueryClient({ defaultOptions: { queries: { refetchOnWindowFocus: false, networkMode: 'always' }, mutations: { networkMode: 'always' } } });
}
