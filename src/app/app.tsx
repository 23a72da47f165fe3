import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { RootLayout } from './root-layout';

export function App({ client }: { client: QueryClient }) {
  return (
    <QueryClientProvider client={client}>
      <RootLayout />
    </QueryClientProvider>
  );
}
