/**
 * Where a part of the page comes from a chunk of its own (issue 10), a failed load must not take
 * the rest down: a network that drops, or a deploy that replaced the chunk files, leaves the
 * verdict on screen and says plainly that this part did not load, with a way to retry.
 */
import { Component, type ReactNode } from 'react';

export class ChunkBoundary extends Component<{ what: string; children: ReactNode; resetKey?: string }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  // A failed boundary tries again when resetKey changes (the router's location); a working one is
  // left alone, so a page whose form writes the URL as it is typed is not remounted on each write.
  override componentDidUpdate(prev: { resetKey?: string }): void {
    if (this.state.failed && prev.resetKey !== this.props.resetKey) this.setState({ failed: false });
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return <ChunkFailed what={this.props.what} />;
  }
}

/** The message a failed chunk leaves behind (also the router's error page for a page that did not load). */
export function ChunkFailed({ what, onDismiss }: { what: string; onDismiss?: () => void }) {
  return (
    <FailureAlert reload onDismiss={onDismiss} testId="chunk-failed">
      {what} could not be loaded: the network failed, or this app was updated since the page was opened. Nothing you dropped or pasted was sent anywhere.
    </FailureAlert>
  );
}

/** An amber alert that says what failed, with a reload (when that is what recovers) and a dismiss. */
export function FailureAlert({ children, reload, onDismiss, testId }: { children: ReactNode; reload: boolean; onDismiss?: (() => void) | undefined; testId?: string }) {
  return (
    <div role="alert" className="rounded-lg border border-amber-400 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-600 dark:bg-amber-950 dark:text-amber-100" data-testid={testId}>
      <p>{children}</p>
      <p className="mt-2 flex gap-2">
        {reload && (
          <button type="button" className={BUTTON} onClick={() => window.location.reload()}>
            Reload the page
          </button>
        )}
        {onDismiss && (
          <button type="button" className={BUTTON} onClick={onDismiss}>
            Dismiss
          </button>
        )}
      </p>
    </div>
  );
}

const BUTTON = 'rounded border border-amber-600 px-2 py-1 font-medium';

/**
 * Whether an error is a dynamic import that could not be fetched (Chromium: "Failed to fetch
 * dynamically imported module", Firefox: "error loading dynamically imported module", Safari:
 * "Importing a module script failed"), or Vite's preload of its CSS.
 */
export function isChunkLoadError(e: unknown): boolean {
  return e instanceof Error && /dynamically imported module|module script failed|preload css/i.test(e.message);
}
