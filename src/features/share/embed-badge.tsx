/**
 * "Embed a badge" (issue 12): the `<pith-badge>` snippet for this record, with this app's own origin,
 * and a live preview. The preview loads the badge script and creates the element only when asked
 * (a click, not on page open): the badge fetches the record from mirrors, and opening a record page
 * must not send requests nobody asked for.
 */
import { useEffect, useRef, useState } from 'react';
import { Button } from '../ui/button';
import { CopyButton } from '../ui/copy-button';

/** The HTML an author pastes: the script, then the element wrapping a plain link (what shows without JavaScript). */
export function badgeSnippet(origin: string, pithNumber: string): string {
  const suffix = pithNumber.split(':').pop()!;
  return [
    `<script type="module" src="${origin}/embed/pith-badge.js"></script>`,
    `<pith-badge number="${pithNumber}">`,
    `  <a href="${origin}/pith/${suffix}">${pithNumber}</a>`,
    '</pith-badge>',
  ].join('\n');
}

let scriptAdded = false;

export function EmbedBadge({ pithNumber }: { pithNumber: string }) {
  const origin = window.location.origin;
  const snippet = badgeSnippet(origin, pithNumber);
  const preview = useRef<HTMLDivElement>(null);
  const showButton = useRef<HTMLDivElement>(null);
  const [shown, setShown] = useState(false);
  const toggled = useRef(false);
  // The button that was pressed goes away: focus moves to what took its place (the preview, or the
  // Show button again), not to <body>.
  useEffect(() => {
    if (!toggled.current) return;
    if (shown) preview.current?.focus();
    else showButton.current?.querySelector('button')?.focus();
  }, [shown]);

  function showPreview() {
    if (!scriptAdded) {
      const script = document.createElement('script');
      script.type = 'module';
      script.src = `${origin}/embed/pith-badge.js`;
      document.head.append(script);
      scriptAdded = true;
    }
    const badge = document.createElement('pith-badge');
    badge.setAttribute('number', pithNumber);
    preview.current?.replaceChildren(badge);
    toggled.current = true;
    setShown(true);
  }

  /** Takes the badge away (it stops nothing already fetched; it asks no mirror again). */
  function hidePreview() {
    preview.current?.replaceChildren();
    toggled.current = true;
    setShown(false);
  }

  return (
    <div className="space-y-2" data-testid="embed-badge">
      <h3 className="font-semibold">Embed a badge</h3>
      <p className="text-sm text-slate-700 dark:text-slate-300">
        Put this on a homepage or a preprint page: each reader’s browser fetches the record and verifies it before the badge says “verified”. The page’s own security policy must let it connect to pith.science and {origin}.
      </p>
      <div className="flex items-start gap-2">
        <textarea readOnly value={snippet} rows={4} aria-label="Badge snippet" data-testid="embed-snippet" className="w-full rounded border border-slate-300 bg-slate-50 p-2 font-mono text-xs dark:border-slate-600 dark:bg-slate-900" />
        <CopyButton text={snippet} what="badge snippet" />
      </div>
      <div ref={showButton}>{shown ? <Button onClick={hidePreview}>Hide the preview</Button> : <Button onClick={showPreview}>Show a live preview</Button>}</div>
      <div ref={preview} aria-live="polite" data-testid="embed-preview" tabIndex={shown ? -1 : undefined} role={shown ? 'group' : undefined} aria-label={shown ? 'Live preview of the badge' : undefined} className="rounded focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-teal-600" />
    </div>
  );
}
