/**
 * The two things the app says about itself rather than about a record (issue 10): that the browser
 * is offline (and what still works), and that a new version is ready. Neither is a verdict colour.
 */
import { useState } from 'react';
import { Button } from '../ui/button';
import { Tag } from '../ui/tag';
import { applyUpdate, useOnline, useServiceWorkerState } from './service-worker-status';

const BAR = 'mx-auto flex max-w-6xl flex-wrap items-center gap-x-3 gap-y-1 px-4 py-2 text-sm';

/** Shown while the browser is offline: what still works, and what cannot. */
export function OfflineNotice() {
  const online = useOnline();
  const sw = useServiceWorkerState();
  if (online) return null;
  return (
    <div role="status" data-testid="offline-notice" className="border-b border-slate-200 bg-slate-50 print:hidden dark:border-slate-800 dark:bg-slate-900">
      <p className={BAR}>
        <Tag>offline</Tag>
        <span>
          This browser is offline. Files you drop or paste still verify here
          {sw === 'offline-ready' ? ', and the embedded sample mirror’s records still open' : ''}; lookups on remote mirrors cannot be made until the network is back.
        </span>
      </p>
    </div>
  );
}

/** "Reload to update": a waiting version is announced, never swapped in under the user. */
export function UpdatePrompt() {
  const sw = useServiceWorkerState();
  const [later, setLater] = useState(false);
  const [reloading, setReloading] = useState(false);
  if (sw !== 'update-ready' || later) return null;
  return (
    <div role="status" data-testid="update-prompt" className="fixed inset-x-0 bottom-0 z-50 border-t border-slate-300 bg-white shadow-lg print:hidden dark:border-slate-700 dark:bg-slate-900">
      <p className={BAR}>
        <span className="min-w-0 flex-1">A new version of pith-explorer is ready. It takes over when you reload; nothing changes until then.</span>
        <Button
          variant="primary"
          disabled={reloading}
          onClick={() => {
            setReloading(true);
            void applyUpdate();
          }}
        >
          {reloading ? 'Reloading…' : 'Reload to update'}
        </Button>
        <Button onClick={() => setLater(true)}>Later</Button>
      </p>
    </div>
  );
}

/** A line for the footer once this version is cached for offline use. */
export function OfflineReadyNote() {
  const sw = useServiceWorkerState();
  if (sw !== 'offline-ready') return null;
  return <span data-testid="offline-ready"> This version is saved in the browser and works offline.</span>;
}
