/** Mounts React on #root (after a deep link's first verdict, if there is one: src/main.ts). */
import type { QueryClient } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';

export function startApp(root: HTMLElement, client: QueryClient): void {
  createRoot(root).render(
    <StrictMode>
      <App client={client} />
    </StrictMode>,
  );
}
