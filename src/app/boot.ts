/**
 * What src/main.ts starts: a deep link to a full pith number shows its verdict before ReactDOM and
 * the router are fetched (issue 10: they are about 87 KB gzip of the first verdict's 100 KB budget;
 * the react package's core and react-query's bindings, about 5 KB, are in the boot chunk, since the
 * settings store and the query factories import them); every other page starts React at once.
 * Both go through one query client, so the React record page reads the verdict already shown
 * instead of looking the record up again.
 */
import { holdFirstVerdict, removeFirstVerdictLoading } from '../features/record/first-verdict-hold';
import { getSettings } from '../features/settings/settings-store';
import { applyTheme } from '../features/settings/theme';
import { BUTTON_CLASS } from '../features/ui/button';
import { afterPaint } from '../features/ui/use-after-paint';
import type { QueryClient } from '@tanstack/react-query';
import type { Query } from '../core/query/parse-query';
import { isLookupPath } from './lookup-path';
import { createAppQueryClient } from './query-client';
import type { startApp as StartApp } from './start-app';

/** How long React's pages stay hidden behind a first verdict at most (first-verdict.ts). */
const HOLD_MS = 5_000;
/**
 * How long a deep link waits for its first verdict before React starts anyway (a slow or hung
 * mirror; the seed's verdict comes in 140–200 ms here). "Looking up…" is on screen meanwhile.
 */
const FIRST_VERDICT_WAIT_MS = 3_000;

/** The first verdict's drawing code is fetched only here (main.ts starts the fetch early); if it cannot be, the app shows the page. */
async function firstVerdict(root: HTMLElement, query: Query, client: QueryClient): Promise<'shown' | 'failed' | 'waiting'> {
  try {
    const { showFirstVerdict } = await import('../features/record/first-verdict');
    return await showFirstVerdict(root, query, client, FIRST_VERDICT_WAIT_MS);
  } catch {
    return 'failed';
  }
}

/**
 * The app's code could not be fetched (offline before it was ever cached, a deploy that replaced
 * it): said, with a reload, under whatever the first verdict shows; never "Loading…" for ever.
 */
function appFailed(root: HTMLElement): void {
  removeFirstVerdictLoading();
  const reload = document.createElement('button');
  reload.type = 'button';
  reload.className = BUTTON_CLASS;
  reload.textContent = 'Reload';
  reload.addEventListener('click', () => window.location.reload());
  const text = document.createElement('p');
  text.textContent = 'The rest of this app could not be loaded (offline, or a newer version replaced it). ';
  const note = document.createElement('div');
  note.setAttribute('role', 'alert');
  note.className = 'mx-auto max-w-6xl space-y-2 px-4 py-4 text-sm';
  note.append(text, reload);
  root.before(note);
}

/** `query`: the deep link answered before React (firstVerdictQuery of this page's path), or null. */
export async function boot(query: Query | null): Promise<void> {
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root element');
  // Before anything is drawn: a dark page's first verdict was drawn light, then flipped (React's
  // theme effect runs only once React has rendered).
  applyTheme(getSettings().theme);
  const client = createAppQueryClient();
  // The verdict is painted before React is evaluated: without this wait, React's first task ran
  // straight on and the verdict's first paint came 190–230 ms later (4× CPU slowdown, 2026-12-02).
  const outcome = query === null ? 'failed' : await firstVerdict(root, query, client);
  if (outcome === 'shown') await new Promise<void>((resolve) => afterPaint(resolve));
  // A lookup's page is fetched beside React, not after it (startApp waits for it before rendering).
  if (isLookupPath(location.pathname, location.search)) void import('../features/record/record-page').catch(() => undefined);
  let startApp: typeof StartApp;
  try {
    ({ startApp } = await import('./start-app'));
  } catch {
    appFailed(root);
    return;
  }
  holdFirstVerdict(root, HOLD_MS);
  await startApp(root, client, outcome === 'shown');
}
