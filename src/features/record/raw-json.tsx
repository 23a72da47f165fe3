/**
 * The document as received: a collapsible, re-indented view (closed by
 * default, rendered only once opened, since records can be large) and a
 * download of the original text byte for byte, never a re-serialisation,
 * so the file still hashes and verifies exactly as it was served.
 */
import { useMemo, useState } from 'react';
import { Disclosure } from '../ui/disclosure';
import { downloadText } from '../ui/download';
import { downloadName } from './identifiers';
import { prettyJson } from './pretty-json';
import { readRecord } from './read-record';

export interface RawJsonProps {
  /** The document text exactly as fetched or dropped. */
  text: string;
  /** Names the download `<SUFFIX>.json`; taken from `doc.pith_number` when not given; else 'record.json'. */
  suffix?: string | null;
  /** The parsed document, only to find the suffix for the file name. */
  doc?: unknown;
  defaultOpen?: boolean;
}

function PrettyView({ text }: { text: string }) {
  const pretty = useMemo(() => prettyJson(text), [text]);
  return (
    <pre
      tabIndex={0}
      role="region"
      aria-label="Raw JSON of the record, scrollable"
      className="max-h-[28rem] overflow-auto rounded bg-slate-50 p-3 font-mono text-xs leading-relaxed break-all whitespace-pre-wrap text-slate-800 focus-visible:outline-2 focus-visible:outline-teal-600 dark:bg-slate-950 dark:text-slate-200"
    >
      {pretty}
    </pre>
  );
}

export function RawJson({ text, suffix, doc, defaultOpen = false }: RawJsonProps) {
  const docSuffix = useMemo(() => (doc === undefined ? null : readRecord(doc).suffix), [doc]);
  const name = downloadName(suffix ?? docSuffix);
  const [saved, setSaved] = useState(false);
  const bytes = useMemo(() => new TextEncoder().encode(text).length, [text]);
  return (
    <div className="space-y-2 text-slate-900 dark:text-slate-100">
      <div className="flex flex-wrap items-center gap-2">
        <button
          type="button"
          onClick={() => {
            downloadText(name, 'application/json', text);
            setSaved(true);
          }}
          className="inline-flex items-center gap-1 rounded border border-slate-300 bg-white px-2 py-1 text-sm font-medium hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-teal-600 dark:border-slate-600 dark:bg-slate-800 dark:hover:bg-slate-700"
        >
          <span aria-hidden="true">⤓</span> Download JSON
          <span className="sr-only"> as {name}</span>
        </button>
        <span className="text-xs text-slate-600 dark:text-slate-400">
          {name}, {bytes.toLocaleString('en-US')} bytes, exactly as received
        </span>
        <span aria-live="polite" className="sr-only">
          {saved ? `Download of ${name} started` : ''}
        </span>
      </div>
      <Disclosure summary="Raw JSON" defaultOpen={defaultOpen} lazy>
        <p className="mb-2 text-xs text-slate-600 dark:text-slate-400">Re-indented for reading only; every value is shown as written.</p>
        <PrettyView text={text} />
      </Disclosure>
    </div>
  );
}
