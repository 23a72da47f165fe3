/**
 * "Cite" in plain sight (docs/UX.md: one click away): the LaTeX macro and a
 * BibTeX entry, each ready to copy without opening anything.
 */
import { useMemo } from 'react';
import type { VerifyReport } from '../../core/verify/verify-document';
import { CopyButton } from '../ui/copy-button';
import { buildBibtex, citeInputOf, latexMacro } from './cite-format';
import { readRecord } from './read-record';

export interface CiteSnippetsProps {
  doc: unknown;
  report?: VerifyReport | null;
}

const PRE = 'overflow-x-auto rounded bg-slate-50 p-3 font-mono text-xs leading-relaxed whitespace-pre text-slate-800 dark:bg-slate-950 dark:text-slate-200';

function Snippet({ label, text, what }: { label: string; text: string; what: string }) {
  return (
    <figure className="space-y-1">
      <figcaption className="flex items-center justify-between gap-2 text-sm font-medium">
        {label}
        <CopyButton text={text} what={what} />
      </figcaption>
      {/* Focusable so a long line can be scrolled by keyboard; the figcaption names it. */}
      <pre className={PRE} tabIndex={0}>
        {text}
      </pre>
    </figure>
  );
}

export function CiteSnippets({ doc, report }: CiteSnippetsProps) {
  const fields = useMemo(() => readRecord(doc), [doc]);
  const input = citeInputOf(fields, report?.derivation?.suffix, report?.computedPithNumber);
  return (
    <section aria-label="Cite this record" className="space-y-3 text-slate-900 dark:text-slate-100">
      {input.suffix ? (
        <Snippet label="LaTeX" text={latexMacro(input.suffix)} what="LaTeX macro" />
      ) : (
        <p className="text-sm text-slate-600 italic dark:text-slate-400">No pith number suffix in this record for the LaTeX macro.</p>
      )}
      <Snippet label="BibTeX" text={buildBibtex(input)} what="BibTeX entry" />
      <p className="text-xs text-slate-600 dark:text-slate-400">
        Authors and title come from the record’s unsigned paper fields; check them against the paper before publishing.
      </p>
    </section>
  );
}
