/**
 * Where a part of the page comes from a chunk of its own (issue 10), a failed load must not take
 * the rest down: a network that drops, or a deploy that replaced the chunk files, leaves the
 * verdict on screen and says plainly that this part did not load, with a way to retry.
 */
import { Component, type ReactNode } from 'react';

export class ChunkBoundary extends Component<{ what: string; children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return <ChunkFailed what={this.props.what} />;
  }
}

/** The message a failed chunk leaves behind (also the router's error page for a page that did not load). */
export function ChunkFailed({ what }: { what: string }) {
  return (
    <div role="alert" className="rounded-lg border border-amber-400 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-600 dark:bg-amber-950 dark:text-amber-100" data-testid="chunk-failed">
      <p>
        {what} could not be loaded: the network failed, or this app was updated since the page was opened. Nothing you dropped or pasted was sent anywhere.
      </p>
      <button type="button" className="mt-2 rounded border border-amber-600 px-2 py-1 font-medium" onClick={() => window.location.reload()}>
        Reload the page
      </button>
    </div>
  );
}
