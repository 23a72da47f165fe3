/**
 * One input that is not a record, on a page of its own: what it is not, the reader's exact words
 * (with where it stopped), and what this app reads instead. Used for a single dropped or pasted
 * input; in a batch the same message sits in the row.
 */
import type { ReactNode } from 'react';
import { visibleText } from '../../core/text/visible-text';
import type { BatchRow } from './batch-types';

/** "notes.txt is not JSON", from why it could not be read. */
export function unreadableHeading(name: string, code: BatchRow['errorCode']): string {
  // A file name is outside text: cut, and shown with its invisible characters named (visible-text.ts).
  const who = name === 'pasted text' ? 'The pasted text' : visibleText(name, 120);
  switch (code) {
    case 'json-syntax':
      return `${who} is not JSON`;
    case 'not-json':
      return `${who} is not JSON text`;
    case 'not-utf8':
      return `${who} is not UTF-8 text`;
    case 'unknown-document':
    case 'not-a-record':
      return `${who} is JSON, but not a pith record`;
    case 'no-records':
      return `${who} holds no records`;
    case 'too-large':
      return `${who} is too large to read here`;
    case 'unsupported-version':
      return `${who} is a record version this app does not know`;
    default:
      return `${who} could not be read as a record`;
  }
}

export function UnreadableFile({ name, code, message, actions }: { name: string; code: BatchRow['errorCode']; message: string; actions?: ReactNode }) {
  return (
    <section className="mx-auto max-w-3xl space-y-4 py-8" data-testid="unreadable-file" data-code={code ?? ''} aria-labelledby="unreadable-heading">
      <h1 id="unreadable-heading" className="text-2xl font-semibold [overflow-wrap:anywhere]">
        <span aria-hidden="true">⚠ </span>
        {unreadableHeading(name, code)}
      </h1>
      <p className="rounded-lg border border-slate-300 bg-slate-50 p-3 text-sm [overflow-wrap:anywhere] dark:border-slate-600 dark:bg-slate-900" data-testid="unreadable-message">
        {message}
      </p>
      <p className="text-sm text-slate-700 dark:text-slate-300">
        This app reads a pith number record (as served at <code>/pith/&lt;SUFFIX&gt;.json</code>), an open graph bundle, a merged state, a bare canonical record or a receipt, or a JSON array or JSON Lines file of these. Nothing was sent anywhere: the input was read in this tab only.
      </p>
      {actions}
    </section>
  );
}
