/**
 * Citation text for a record: the `\pithnumber{SUFFIX}` LaTeX macro (FORMAT.md
 * §1) and a BibTeX @misc entry. Pure, so the exact text is unit-tested.
 */
import type { RecordFields } from './read-record';

export interface CiteInput {
  readonly suffix: string | null;
  readonly pithNumber: string | null;
  readonly title: string | null;
  readonly authorsText: string | null;
  readonly submittedAt: string | null;
  readonly arxivId: string | null;
  readonly primaryClass: string | null;
}

export function citeInputOf(view: RecordFields, computedSuffix?: string | null, computedPithNumber?: string | null): CiteInput {
  return {
    suffix: view.suffix ?? computedSuffix ?? null,
    pithNumber: view.suffix ? view.pithNumber : (computedPithNumber ?? view.pithNumber),
    title: view.title?.value ?? null,
    authorsText: view.authorsText?.value ?? null,
    // The pith year is the canonical submission year (FORMAT.md §1), so prefer the hash-bound date.
    submittedAt: view.canonical?.submittedAt ?? view.submittedAt?.value ?? null,
    arxivId: view.canonical?.source?.id ?? view.source?.value.id ?? null,
    primaryClass: view.canonical?.primaryCat ?? view.primaryCat?.value ?? null,
  };
}

export function latexMacro(suffix: string): string {
  return `\\pithnumber{${suffix}}`;
}

/**
 * Splits pith's comma-joined `authors_text` (FORMAT.md §5) at top-level
 * commas only: TeX kept raw may hold a comma inside braces, e.g. `{\relax X, Y}`.
 */
export function splitAuthors(authorsText: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of authorsText) {
    if (ch === '{') depth++;
    else if (ch === '}') depth = Math.max(0, depth - 1);
    if (ch === ',' && depth === 0) {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out.map((a) => a.trim().replace(/\s+/g, ' ')).filter((a) => a !== '');
}

/** "A, B, C" → "A and B and C"; a name that itself holds " and " is braced so BibTeX keeps it whole. */
export function bibtexAuthors(authorsText: string): string {
  return splitAuthors(authorsText)
    .map((a) => (/\sand\s/i.test(a) ? `{${a}}` : a))
    .join(' and ');
}

function yearOf(input: CiteInput): string | null {
  const fromDate = input.submittedAt?.slice(0, 4);
  if (fromDate && /^[0-9]{4}$/.test(fromDate)) return fromDate;
  const fromNumber = input.pithNumber ? /^pith:([0-9]{4}):/i.exec(input.pithNumber)?.[1] : undefined;
  return fromNumber ?? null;
}

export function bibtexKey(input: CiteInput): string {
  if (input.suffix) return `pith:${input.suffix.slice(0, 8)}`;
  if (input.arxivId) return `arXiv:${input.arxivId}`;
  return 'pith-record';
}

/** A BibTeX @misc entry; fields the record lacks are left out rather than written empty. */
export function buildBibtex(input: CiteInput): string {
  const authors = input.authorsText ? bibtexAuthors(input.authorsText) : '';
  const fields: [string, string | null][] = [
    ['title', input.title ? input.title.trim().replace(/\s+/g, ' ') : null],
    ['author', authors || null],
    ['year', yearOf(input)],
    ['eprint', input.arxivId],
    ['archivePrefix', input.arxivId ? 'arXiv' : null],
    ['primaryClass', input.primaryClass],
    // arXiv's DataCite DOIs; DOIs are case-insensitive, arXiv writes this form.
    ['doi', input.arxivId ? `10.48550/arXiv.${input.arxivId}` : null],
    ['url', input.suffix ? `https://pith.science/pith/${input.suffix}` : null],
    ['note', input.pithNumber ? `Pith Number ${input.pithNumber}` : null],
  ];
  const body = fields
    .filter((f): f is [string, string] => f[1] !== null && f[1] !== '')
    .map(([k, v]) => `  ${k} = {${v}}`)
    .join(',\n');
  return `@misc{${bibtexKey(input)},\n${body}\n}`;
}
