/**
 * The document as received: a collapsible, re-indented view (closed by
 * default, rendered only once opened, since records can be large) and a
 * download of the original text byte for byte, never a re-serialisation,
 * so the file still hashes and verifies exactly as it was served.
 */
import { Button } from '../ui/button';
import { useMemo, useState } from 'react';
import { Disclosure } from '../ui/disclosure';
import { downloadBlob, downloadText } from '../ui/download';
import { downloadName } from './identifiers';
import { prettyJson } from './pretty-json';
import { formatCount } from '../../core/text/format-count';

export interface RawJsonProps {
  /** The document text exactly as fetched or dropped; null when it is too large for the page (see download). */
  text: string | null;
  /** The document as a Blob, when the text stayed in a worker. */
  download?: Blob | null;
  /** Names the download `<SUFFIX>.json`; else 'record.json'. */
  suffix?: string | null;
  /** The document's kind: a bundle or a state is saved as `<SUFFIX>.bundle.json` / `.state.json`. */
  kind?: string;
  defaultOpen?: boolean;
}

/** Past this many characters the raw view shows the start only (the download has every byte). */
export const RAW_VIEW_CHARS = 200_000;

function PrettyView({ text }: { text: string }) {
  const cut = text.length > RAW_VIEW_CHARS;
  const pretty = useMemo(() => prettyJson(cut ? text.slice(0, RAW_VIEW_CHARS) : text), [text, cut]);
  return (
    <pre
      tabIndex={0}
      role="region"
      aria-label="Raw JSON of the record, scrollable"
      className="max-h-[28rem] overflow-auto rounded bg-slate-50 p-3 font-mono text-xs leading-relaxed break-all whitespace-pre-wrap text-slate-800 focus-visible:outline-2 focus-visible:outline-teal-600 dark:bg-slate-950 dark:text-slate-200"
    >
      {pretty}
      {cut && `\n… (the first ${formatCount(RAW_VIEW_CHARS)} of ${formatCount(text.length)} characters; download the JSON for the rest)`}
    </pre>
  );
}

export function RawJson({ text, download = null, suffix, kind, defaultOpen = false }: RawJsonProps) {
  const name = downloadName(suffix, kind);
  const [saved, setSaved] = useState(false);
  const bytes = useMemo(() => (text === null ? (download?.size ?? 0) : new TextEncoder().encode(text).length), [text, download]);
  const save = () => {
    if (text !== null) downloadText(name, 'application/json', text);
    else if (download) downloadBlob(name, download);
    setSaved(true);
  };
  return (
    <div className="space-y-2 text-slate-900 dark:text-slate-100">
      <div className="flex flex-wrap items-center gap-2">
        <Button onClick={save}>
          <span aria-hidden="true">⤓</span> Download JSON
          <span className="sr-only"> as {name}</span>
        </Button>
        <span className="text-xs text-slate-600 dark:text-slate-400">
          {name}, {formatCount(bytes)} bytes, exactly as received
        </span>
        <span aria-live="polite" className="sr-only">
          {saved ? `Download of ${name} started` : ''}
        </span>
      </div>
      {text === null ? (
        <p className="text-xs text-slate-600 dark:text-slate-400" data-testid="raw-too-large">
          This document is too large to show here ({formatCount(bytes)} bytes); it was verified in a worker. Download it to read it.
        </p>
      ) : (
        <Disclosure summary="Raw JSON" defaultOpen={defaultOpen} lazy>
          <p className="mb-2 text-xs text-slate-600 dark:text-slate-400">Re-indented for reading only; every value is shown as written.</p>
          <PrettyView text={text} />
        </Disclosure>
      )}
    </div>
  );
}
