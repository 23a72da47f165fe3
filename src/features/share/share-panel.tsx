/**
 * "Share": mirror records get their short deep link; a dropped or pasted record
 * gets a self-verifying link carrying the record in the fragment, with its
 * length shown and a refusal (and a smaller alternative) past the safe size.
 */
import { useState } from 'react';
import { signedCoreText } from '../../core/documents/signed-core';
import { Button } from '../ui/button';
import { CopyButton } from '../ui/copy-button';
import { EmbedBadge } from './embed-badge';
import { RecordQr } from './record-qr';
import { encodeShare, SAFE_LINK_CHARS } from './share-codec';
import { formatCount } from '../../core/text/format-count';

type State = { step: 'idle' } | { step: 'ready'; url: string; core: boolean } | { step: 'too-big'; length: number; core: boolean };

export interface SharePanelProps {
  text: string | null;
  mirrorPath: string | null;
  /** Whether the record verified here; only a verified record gets a signed-core link (it would hide why). */
  verified: boolean;
  /** This app's link to the number computed here (`…/pith/<SUFFIX>`), for the QR code; null when there is none. */
  deepLink: string | null;
  /** The number's link when it opens another copy than this document: said, with no QR code or badge. */
  otherCopy: string | null;
  /** The full number computed here, for the badge snippet; null when there is none, or it is not this document's. */
  pithNumber: string | null;
}

export function SharePanel({ text, mirrorPath, verified, deepLink, otherCopy, pithNumber }: SharePanelProps) {
  // Mirror records keep their short deep link; only data the receiver cannot fetch travels in a link.
  const allowFragment = mirrorPath === null;
  const [state, setState] = useState<State>({ step: 'idle' });
  const origin = window.location.origin;

  async function make(core: boolean) {
    if (text === null) return;
    // The lossless parse and serializer: every number literal of the record stays as it was.
    const signed = core ? signedCoreText(text) : null;
    const body = signed?.ok ? signed.value : text;
    const url = `${origin}/share#${await encodeShare(body)}`;
    setState(url.length > SAFE_LINK_CHARS ? { step: 'too-big', length: url.length, core } : { step: 'ready', url, core });
  }

  return (
    <section aria-labelledby="share-heading" className="space-y-2" data-testid="share-panel">
      <h2 id="share-heading" className="text-lg font-semibold">
        Share
      </h2>
      {mirrorPath && (
        <p className="flex flex-wrap items-center gap-2 text-sm">
          Link to this record: <code className="font-mono text-xs break-all">{origin + mirrorPath}</code> <CopyButton text={origin + mirrorPath} what="record link" />
        </p>
      )}
      {deepLink && (
        <div className="flex flex-wrap items-start gap-4">
          <RecordQr url={deepLink} />
          <div className="max-w-xs space-y-2 text-sm">
            <p className="text-slate-700 dark:text-slate-300">The QR code opens this number here: whoever scans it fetches the record from a mirror and verifies it in their own browser.</p>
            <Button onClick={() => window.print()} data-testid="print-card">
              Print a verification card
            </Button>
          </div>
        </div>
      )}
      {otherCopy && (
        <p className="text-sm text-slate-700 dark:text-slate-300" data-testid="other-copy">
          No QR code, card link or badge for this document: it is not verified, and its number’s link, <code className="font-mono text-xs break-all">{otherCopy}</code>, opens the mirrors’ copy, which is another document. Share this one with a self-verifying link.
        </p>
      )}
      {pithNumber && <EmbedBadge pithNumber={pithNumber} />}
      {allowFragment && text === null && <p className="text-sm text-slate-700 dark:text-slate-300">This document is too large to carry in a link; share the file itself.</p>}
      {allowFragment && text !== null && (
      <>
      <div className="flex flex-wrap gap-2">
        <Button onClick={() => void make(false)}>Make a self-verifying link</Button>
        {verified && <Button onClick={() => void make(true)}>…with the signed core only</Button>}
      </div>
      <p className="text-xs text-slate-600 dark:text-slate-400">
        The record goes in the part after #, which browsers never send to a server: whoever opens the link verifies it in their own browser.
        {!verified && ' A record that is not verified is shared whole, never as its signed core: leaving its unsigned data out would hide why it is not verified.'}
      </p>
      {state.step === 'ready' && (
        <div className="space-y-1">
          <p className="text-sm">
            {formatCount(state.url.length)} characters{state.core ? ' (signed core: number, hash, canonical record, receipt, and the title, abstract and authors as served: the authors are unsigned; other live data left out)' : ''}. <CopyButton text={state.url} what="share link" />
          </p>
          <textarea readOnly value={state.url} rows={3} aria-label="Share link" data-testid="share-url" className="w-full rounded border border-slate-300 bg-slate-50 p-2 font-mono text-xs dark:border-slate-600 dark:bg-slate-900" />
        </div>
      )}
      {state.step === 'too-big' && (
        <p role="alert" className="text-sm text-red-700 dark:text-red-300">
          That link would be {formatCount(state.length)} characters, over the safe size of {formatCount(SAFE_LINK_CHARS)} (longer links get cut by mail and chat apps).{' '}
          {state.core || !verified ? 'Share the file itself instead.' : 'Try “with the signed core only”, or share the file itself.'}
        </p>
      )}
      </>
      )}
    </section>
  );
}
