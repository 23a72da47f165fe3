/** Mounts React on #root (after a deep link's first verdict, if there is one: src/main.ts). */
import type { QueryClient } from '@tanstack/react-query';
import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { installScrollRestoration } from '../features/ui/scroll-restoration';
import { App } from './app';
import { isLookupPath } from './lookup-path';
import { preloadRecordPages } from './route-chunks';

/**
 * `transition`: render in a transition, which React renders in slices of a few ms and yields
 * between (no long task): for a page whose verdict is already on screen (first-verdict.ts), where
 * nothing waits on React's first render but the rest of the page.
 */
export async function startApp(root: HTMLElement, client: QueryClient, transition: boolean): Promise<void> {
  installScrollRestoration();
  // A lookup's page is rendered at once, not after a "Loading…" fallback: React reveals a
  // suspended page no sooner than 300 ms after its fallback (boot.ts fetched the chunk beside this one).
  if (isLookupPath(location.pathname, location.search)) await preloadRecordPages();
  const app = createRoot(root);
  const render = () =>
    app.render(
      <StrictMode>
        <App client={client} />
      </StrictMode>,
    );
  if (transition) startTransition(render);
  else render();
}
