/**
 * "Reload to update": a waiting version is announced, never swapped in under the user. In the page's
 * flow (sticky at the bottom), so it never covers the end of the page. Loaded on demand
 * (app-status-banners.tsx).
 */
import { useState } from 'react';
import { Button } from '../ui/button';
import { BAR } from './banner-style';
import { applyUpdate, useServiceWorkerStatus } from './service-worker-status';

const MESSAGE = {
  waiting: 'A new version of pith-explorer is ready. It takes over when you reload; nothing changes until then.',
  elsewhere: 'A new version of pith-explorer was started in another tab. This page keeps running the version it opened with until you reload it.',
} as const;

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

