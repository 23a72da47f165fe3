/**
 * What src/main.ts starts: a deep link to a full pith number shows its verdict before React is even
 * fetched (issue 10: React, ReactDOM and the router alone are over the first verdict's 100 KB
 * budget); every other page starts React at once. Both go through one query client, so the React
 * record page reads the verdict already shown instead of looking the record up again.
 */
import { holdFirstVerdict } from '../features/record/first-verdict-hold';
import { firstVerdictQuery } from '../features/record/first-verdict-query';
import type { QueryClient } from '@tanstack/react-query';
import type { Query } from '../core/query/parse-query';
import { createAppQueryClient } from './query-client';

/** How long React's pages stay hidden behind a first verdict at most (first-verdict.ts). */
const HOLD_MS = 5_000;
/**
 * How long a deep link waits for its first verdict before React starts anyway (a slow or hung
 * mirror; the seed's verdict comes in 140–200 ms here). "Looking up…" is on screen meanwhile.
 */
const FIRST_VERDICT_WAIT_MS = 3_000;

/** Resolves once the browser has painted what is in the DOM now (a frame, then a task after it). */
function afterPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

/** The first verdict's drawing code is fetched only here (main.ts starts the fetch early); if it cannot be, the app shows the page. */
async function firstVerdict(root: HTMLElement, query: Query, client: QueryClient): Promise<'shown' | 'failed' | 'waiting'> {
  try {
    const { showFirstVerdict } = await import('../features/record/first-verdict');
    return await showFirstVerdict(root, query, client, FIRST_VERDICT_WAIT_MS);
  } catch {
    return 'failed';
  }
}

export async function boot(): Promise<void> {
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root element');
  const client = createAppQueryClient();
  const query = firstVerdictQuery(window.location.pathname);
  // The verdict is painted before React is evaluated: without this wait, React's first task ran
  // straight on and the verdict's first paint came 190–230 ms later (4× CPU slowdown, 2026-12-02).
  const outcome = query === null ? 'failed' : await firstVerdict(root, query, client);
  if (outcome === 'shown') await afterPaint();
  const { startApp } = await import('./start-app');
  holdFirstVerdict(root, HOLD_MS);
  startApp(root, client, outcome === 'shown');
}
