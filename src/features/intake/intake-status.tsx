/**
 * "Verifying record.json…" from the moment a file or paste arrives until its page opens (issue 9:
 * the first file after load used to wait 1.6–2.2 s for the workers with nothing on screen). One
 * small external store, so the status outlives the page that started it; announced politely.
 */
import { useEffect, useState, useSyncExternalStore } from 'react';
import { plural } from '../ui/plural';

export interface PendingIntake {
  readonly label: string;
  readonly since: number;
}

let pending: PendingIntake | null = null;
let anyIntake = false;

/** Whether any input has been taken since the page loaded. */
export function hadIntake(): boolean {
  return anyIntake;
}
const listeners = new Set<() => void>();

function emit(): void {
  for (const l of listeners) l();
}

/** Shows the status for these inputs; returns the function that clears it (only if it is still this one). */
export function showPending(names: readonly string[]): () => void {
  const mine: PendingIntake = { label: names.length === 1 ? names[0]! : plural(names.length, 'input'), since: performance.now() };
  pending = mine;
  anyIntake = true;
  emit();
  return () => {
    if (pending !== mine) return;
    pending = null;
    emit();
  };
}

/** Resolves once no input is being verified (at once when none is). */
export function whenNoPendingIntake(): Promise<void> {
  if (pending === null) return Promise.resolve();
  return new Promise((resolve) => {
    const check = () => {
      if (pending !== null) return;
      listeners.delete(check);
      resolve();
    };
    listeners.add(check);
  });
}

function usePending(): PendingIntake | null {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => pending,
  );
}

/** Whether the verification workers have loaded (root layout sets data-workers="ready"). */
function useWorkersReady(active: boolean): boolean {
  const [ready, setReady] = useState(() => document.documentElement.dataset.workers === 'ready');
  useEffect(() => {
    if (!active || ready) return;
    const observer = new MutationObserver(() => setReady(document.documentElement.dataset.workers === 'ready'));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-workers'] });
    return () => observer.disconnect();
  }, [active, ready]);
  return ready;
}

export function IntakeStatus() {
  const p = usePending();
  const ready = useWorkersReady(p !== null);
  return (
    <div role="status" aria-live="polite" className="pointer-events-none fixed inset-x-0 top-16 z-50 flex justify-center px-4">
      {p && (
        <p className="flex max-w-full items-center gap-2 rounded-full border border-teal-600 bg-white px-4 py-2 text-sm shadow-lg dark:bg-slate-900" data-testid="intake-status" data-workers-ready={ready ? 'yes' : 'no'}>
          <span aria-hidden="true" className="h-3 w-3 shrink-0 animate-spin rounded-full border-2 border-teal-600 border-t-transparent motion-reduce:animate-none" />
          <span className="min-w-0 truncate">
            Verifying {p.label}…{ready ? '' : ' (starting the verifier)'}
          </span>
        </p>
      )}
    </div>
  );
}
