/**
 * The button of a panel that asks the mirrors only when the user asks (it needs the network): the
 * first ask, then "again", a busy word while asking, and a way to Settings when no mirror is on.
 * Shared by "Check all mirrors" and "Events and merged state".
 */
import { Button } from './button';
import { TextLink } from './text-link';

export interface AskMirrorsButtonProps {
  readonly enabledCount: number;
  readonly asked: boolean;
  readonly busy: boolean;
  readonly onAsk: () => void;
  /** The words: first ask, again, while asking, and the verb after "Turn one on in Settings to …". */
  readonly labels: { readonly first: string; readonly again: string; readonly busy: string; readonly verb: string };
  /** The id of the live region that says what the asking came to. */
  readonly describedBy: string;
}

export function AskMirrorsButton({ enabledCount, asked, busy, onAsk, labels, describedBy }: AskMirrorsButtonProps) {
  if (enabledCount === 0) {
    return (
      <p className="text-sm">
        No mirror is enabled. <TextLink href="/settings">Turn one on in Settings</TextLink> to {labels.verb}.
      </p>
    );
  }
  return (
    // aria-disabled, not disabled, while asking: a disabled button drops the keyboard focus to the page.
    <Button onClick={() => !busy && onAsk()} aria-disabled={busy} aria-describedby={describedBy}>
      {busy ? labels.busy : asked ? labels.again : labels.first} <span className="text-xs text-slate-600 dark:text-slate-400">(needs network)</span>
    </Button>
  );
}
