/**
 * "Verifying record.json…" from the moment a file or paste arrives until its page opens (issue 9:
 * the first file after load used to wait 1.6–2.2 s for the workers with nothing on screen). One
 * small external store, so the status outlives the page that started it; announced politely.
 */
import { useEffect, useState, useSyncExternalStore } from 'react';
import { ChunkFailed, FailureAlert } from '../ui/chunk-boundary';
import { plural } from '../ui/plural';

export interface PendingIntake {
  readonly label: string;
  readonly since: number;
}

let pending: PendingIntake | null = null;
let anyIntake = false;
/** Why the last input could not be taken (its code did not load, or it threw), until dismissed. */
let failure: IntakeFailure | null = null;

export interface IntakeFailure {
  readonly label: string;
  /** chunk: the intake's or the verifier's code could not be fetched; error: it threw. */
  readonly kind: 'chunk' | 'error';
  readonly message: string;
}

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
  const mine: PendingIntake = { label: labelOf(names), since: performance.now() };
  pending = mine;
  anyIntake = true;
  failure = null;
  emit();
  return () => {
    if (pending !== mine) return;
    pending = null;
    emit();
  };
}

function labelOf(names: readonly string[]): string {
  return names.length === 1 ? names[0]! : plural(names.length, 'input');
}

/** Says that these inputs could not be taken, and why (until dismissed, or the next input). */
export function showIntakeFailure(names: readonly string[], kind: IntakeFailure['kind'], message: string): void {
  failure = { label: labelOf(names), kind, message };
  emit();
}

function dismissFailure(): void {
  failure = null;
  emit();
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

function subscribe(l: () => void): () => void {
  listeners.add(l);
  return () => listeners.delete(l);
}

function usePending(): PendingIntake | null {
  return useSyncExternalStore(subscribe, () => pending);
}

function useFailure(): IntakeFailure | null {
  return useSyncExternalStore(subscribe, () => failure);
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
  const failed = useFailure();
  const ready = useWorkersReady(p !== null);
  return (
    <>
      {failed && (
        <div className="fixed inset-x-0 top-16 z-50 flex justify-center px-4" data-testid="intake-failed">
          {failed.kind === 'chunk' ? (
            <ChunkFailed what={`The code that verifies ${failed.label}`} onDismiss={dismissFailure} />
          ) : (
            <FailureAlert reload={false} onDismiss={dismissFailure}>
              {failed.label} could not be verified: {failed.message} Nothing you dropped or pasted was sent anywhere.
            </FailureAlert>
          )}
        </div>
      )}
      <IntakePending p={p} ready={ready} />
    </>
  );
}

function IntakePending({ p, ready }: { p: PendingIntake | null; ready: boolean }) {
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
