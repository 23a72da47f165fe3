/**
 * The `\\pithnumber{…}` macro (FORMAT.md §1), apart from the citation formats: the record page's
 * anatomy shows it before any of those have loaded (issue 10).
 */

/**
 * A definition of \\pithnumber a reader can paste into a preamble: \\providecommand leaves an
 * existing one alone; it needs hyperref for the link.
 */
export const LATEX_DEFINITION = '\\providecommand{\\pithnumber}[1]{\\href{https://pith.science/pith/#1}{\\texttt{pith:#1}}}';

/** The LaTeX macro pith.science documents: `\pithnumber{<26-character suffix>}` (FORMAT.md §1). */
export function latexMacro(suffix: string): string {
  return `\\pithnumber{${suffix}}`;
}
