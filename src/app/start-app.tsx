/** Mounts React on #root (after a deep link's first verdict, if there is one: src/main.ts). */
import type { QueryClient } from '@tanstack/react-query';
import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';

/**
 * `transition`: render in a transition, which React renders in slices of a few ms and yields
 * between (no long task): for a page whose verdict is already on screen (first-verdict.ts), where
 * nothing waits on React's first render but the rest of the page.
 */
export function startApp(root: HTMLElement, client: QueryClient, transition: boolean): void {
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
