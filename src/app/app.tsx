import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { router } from './router';

// networkMode 'always': TanStack Query would otherwise pause every query (and mutation: settings' Test)
// while the browser is offline, yet the embedded mirror is served from the service worker's cache
// then, and a remote mirror's failure is reported by the lookup itself ("offline", src/core/mirrors/mirror-fetch.ts).
const queryClient = new QueryClient({ defaultOptions: { queries: { refetchOnWindowFocus: false, networkMode: 'always' }, mutations: { networkMode: 'always' } } });

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  );
}
