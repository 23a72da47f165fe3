/**
 * "Cite" in plain sight (docs/UX.md: one click away): the LaTeX macro and a BibTeX entry, each
 * ready to copy, built only from what the core allows (citeSourceOf): a record that is not verified
 * gives only bound values and says so beside the snippets.
 */
import { buildBibtex, citeSourceOf, cslJson, isEmptyCitation, plainCitation } from '../../core/cite/cite-format';
import { LATEX_DEFINITION, latexMacro } from '../../core/cite/latex-macro';
import type { VerifyReport } from '../../core/verify/verify-document';
import { CopyButton } from '../ui/copy-button';
import { formatCount } from '../../core/text/format-count';

export interface CiteSnippetsProps {
  report: VerifyReport;
}

const PRE = 'overflow-x-auto rounded bg-slate-50 p-3 font-mono text-xs leading-relaxed text-slate-800 dark:bg-slate-950 dark:text-slate-200';

/** Past this a snippet shows its start only (the copy button copies all of it). */
const SHOWN_CHARS = 20_000;

/** `prose`: a sentence to read (the plain-text citation) wraps; code keeps its lines and scrolls. */
function Snippet({ label, text, what, prose = false }: { label: string; text: string; what: string; prose?: boolean }) {
  const shown = text.length > SHOWN_CHARS ? `${text.slice(0, SHOWN_CHARS)}\n… (${formatCount(text.length)} characters; Copy takes all of them)` : text;
  return (
    <figure className="space-y-1" data-snippet={what}>
      <figcaption className="flex items-center justify-between gap-2 text-sm font-medium">
        {label}
        <CopyButton text={text} what={what} />
      </figcaption>
      {/* Focusable so a long line can be scrolled by keyboard; the figcaption names it. */}
      <pre className={`${PRE} ${prose ? 'whitespace-pre-wrap [overflow-wrap:anywhere]' : 'whitespace-pre'}`} tabIndex={0}>
        {shown}
      </pre>
    </figure>
  );
}

export function CiteSnippets({ report }: CiteSnippetsProps) {
  const { input, warning } = citeSourceOf(report);
  const verified = report.verdict === 'verified';
  return (
    <section aria-label="Cite this record" className="space-y-3 text-slate-900 dark:text-slate-100" data-testid="cite" data-verified={verified}>
      {warning && (
        <p role="note" data-testid="cite-warning" className={`rounded border p-2 text-sm ${verified ? 'border-slate-300 text-slate-700 dark:border-slate-600 dark:text-slate-300' : 'border-amber-400 bg-amber-50 text-amber-950 dark:border-amber-600 dark:bg-amber-950 dark:text-amber-100'}`}>
          <span aria-hidden="true">{verified ? 'Note: ' : '! '}</span>
          {warning}
        </p>
      )}
      {input.suffix ? (
        <>
          <Snippet label="LaTeX" text={latexMacro(input.suffix)} what="LaTeX macro" />
          <Snippet label="LaTeX definition (for the preamble; needs hyperref)" text={LATEX_DEFINITION} what="LaTeX definition" />
        </>
      ) : (
        <p className="text-sm text-slate-600 italic dark:text-slate-400">No pith number bound to a signed digest, so no LaTeX macro.</p>
      )}
      {isEmptyCitation(input) ? (
        <p className="text-sm text-slate-600 italic dark:text-slate-400" data-testid="cite-nothing">
          Nothing in this record is bound to a signed digest, so there is nothing to cite yet.
        </p>
      ) : (
        <>
          <Snippet label="BibTeX" text={buildBibtex(input)} what="BibTeX entry" />
          <Snippet label="Plain text (APA-like)" text={plainCitation(input)} what="plain-text citation" prose />
          <Snippet label="CSL-JSON (Zotero, Mendeley, pandoc)" text={cslJson(input)} what="CSL-JSON" />
        </>
      )}
    </section>
  );
}
