/**
 * The things the app says about itself rather than about a record (issue 10): that the browser is
 * offline (and what still works), and that a new version is ready. Neither is a verdict colour.
 */
import { useState } from 'react';
import { Button } from '../ui/button';
import { Tag } from '../ui/tag';
import { applyUpdate, useOnline, useServiceWorkerStatus } from './service-worker-status';

const BAR = 'mx-auto flex max-w-6xl flex-wrap items-center gap-x-3 gap-y-2 px-4 py-2 text-sm';

/** Shown while the browser is offline: what still works, and what cannot. */
export function OfflineNotice() {
  const online = useOnline();
  const { offlineReady } = useServiceWorkerStatus();
  if (online) return null;
  return (
    <div role="status" data-testid="offline-notice" className="border-b border-slate-200 bg-slate-50 print:hidden dark:border-slate-800 dark:bg-slate-900">
      <p className={BAR}>
        <Tag>offline</Tag>
        <span className="min-w-0 flex-1">
          This browser is offline. Files you drop or paste still verify here
          {offlineReady ? ', and the embedded sample mirror’s records still open' : ''}; lookups on remote mirrors cannot be made until the network is back.
        </span>
      </p>
    </div>
  );
}

const MESSAGE = {
  waiting: 'A new version of pith-explorer is ready. It takes over when you reload; nothing changes until then.',
  elsewhere: 'A new version of pith-explorer was started in another tab. This page keeps running the version it opened with until you reload it.',
} as const;

/**
 * "Reload to update": a waiting version is announced, never swapped in under the user. In the page's
 * flow (sticky at the bottom), so it never covers the end of the page.
 */
export function UpdatePrompt() {
  const { update } = useServiceWorkerStatus();
  // "Later" hides this news only: that another tab then started the new version is news again.
  const [laterFor, setLaterFor] = useState<string | null>(null);
  const [reloading, setReloading] = useState(false);
  if (update === 'none' || laterFor === update) return null;
  return (
    <div role="status" data-testid="update-prompt" data-update={update} className="sticky bottom-0 z-40 border-t border-slate-300 bg-white shadow-[0_-4px_12px_rgb(0_0_0/0.08)] print:hidden dark:border-slate-700 dark:bg-slate-900">
      <div className={`${BAR} max-sm:flex-col max-sm:items-stretch`}>
        <p className="min-w-0 flex-1">{MESSAGE[update]}</p>
        <div className="flex gap-2">
          <Button
            variant="primary"
            disabled={reloading}
            onClick={() => {
              setReloading(true);
              if (update === 'waiting') void applyUpdate();
              else window.location.reload();
            }}
          >
            {reloading ? 'Reloading…' : update === 'waiting' ? 'Reload to update' : 'Reload'}
          </Button>
          <Button
            onClick={() => {
              setLaterFor(update);
              // The button goes away; the focus goes to the page, not to the document body.
              document.getElementById('main')?.focus();
            }}
          >
            Later
          </Button>
        </div>
      </div>
    </div>
  );
}

/** A line for the footer once this version is cached for offline use. */
export function OfflineReadyNote() {
  const { offlineReady } = useServiceWorkerStatus();
  if (!offlineReady) return null;
  return <span data-testid="offline-ready"> This version is saved in the browser and works offline.</span>;
}
