/**
 * Every written form of a record's identifiers (docs/UX.md, CID Inspector
 * "anatomy") and where each alias links to. Pure, for unit tests.
 */
import { latexMacro } from '../../core/cite/latex-macro';

export const ALIAS_KIND_LABELS: Readonly<Record<string, string>> = {
  arxiv: 'arXiv id',
  arxiv_version: 'arXiv id with version',
  doi: 'arXiv DOI',
  pith_short_8: 'Pith prefix (8 characters)',
  pith_short_12: 'Pith prefix (12 characters)',
  pith_short_16: 'Pith prefix (16 characters)',
};

export function aliasKindLabel(kind: string): string {
  return Object.hasOwn(ALIAS_KIND_LABELS, kind) ? ALIAS_KIND_LABELS[kind]! : kind;
}

export function arxivAbsUrl(id: string, version?: number | null): string {
  return `https://arxiv.org/abs/${encodeURI(id)}${version != null ? `v${version}` : ''}`;
}

export function arxivPdfUrl(id: string, version?: number | null): string {
  return `https://arxiv.org/pdf/${encodeURI(id)}${version != null ? `v${version}` : ''}`;
}

export function doiUrl(doi: string): string {
  return `https://doi.org/${encodeURI(doi)}`;
}

export function pithUrl(suffix: string): string {
  return `https://pith.science/pith/${suffix}`;
}

/** This app's own record route: always by the full suffix, the only form that names one record. */
export function ownRecordPath(suffix: string): string {
  return `/pith/${suffix}`;
}

/**
 * `<SUFFIX>.json` for a record, `<SUFFIX>.bundle.json` / `<SUFFIX>.state.json` for a bundle or a
 * merged state (a mirror files them as pith/<SUFFIX>/bundle.json and state.json, so a saved bundle
 * never takes the record's name); `record.json` (or `bundle.json`…) with no plain base32 suffix.
 */
export function downloadName(suffix: string | null | undefined, kind?: string): string {
  const part = kind === 'bundle' || kind === 'state' ? kind : null;
  const base = suffix && /^[A-Z2-7]+$/i.test(suffix) ? suffix : null;
  return base === null ? `${part ?? 'record'}.json` : `${base}${part ? `.${part}` : ''}.json`;
}

/** Where an alias value leads; null for kinds with no known place (or no suffix to route to). */
export function aliasHref(kind: string, value: string, fullSuffix: string | null): string | null {
  switch (kind) {
    case 'arxiv':
    case 'arxiv_version':
      return value ? arxivAbsUrl(value) : null;
    case 'doi':
      return value ? doiUrl(value) : null;
    case 'pith_short_8':
    case 'pith_short_12':
    case 'pith_short_16':
      return fullSuffix ? ownRecordPath(fullSuffix) : null;
    default:
      return null;
  }
}

export interface AnatomyRow {
  readonly label: string;
  readonly value: string;
  readonly meaning: string;
  readonly href?: string;
}

export interface AnatomyInput {
  readonly suffix: string | null;
  readonly year: string | null;
}

/**
 * FORMAT.md §1: the written forms of the number itself, with what their parts mean. The prefix
 * aliases, the arXiv ids and the DOI are left to the alias table, which also says how each was
 * checked; repeating them here only doubled the page.
 */
export function anatomyRows({ suffix, year }: AnatomyInput): AnatomyRow[] {
  if (!suffix) return [];
  const rows: AnatomyRow[] = [];
  if (year) {
    rows.push({
      label: 'Full number',
      value: `pith:${year}:${suffix}`,
      meaning: `pith : ${year} : suffix. ${year} is the v1 submission year (canonical_record.metadata.submitted_at); the suffix is the first 26 base32 characters of the SHA-256 of the canonical record (130 bits).`,
    });
  }
  rows.push({ label: 'Short', value: `pith:${suffix.slice(0, 8)}`, meaning: 'The first 8 suffix characters: handy to say aloud, but only a prefix (40 bits), so it may name more than one record.' });
  rows.push({ label: 'Bare suffix', value: suffix, meaning: 'All 26 characters, A–Z and 2–7: what URLs and the LaTeX macro use.' });
  rows.push({ label: 'URL', value: pithUrl(suffix), meaning: 'The record at the canonical resolver, pith.science.', href: pithUrl(suffix) });
  rows.push({ label: 'LaTeX', value: latexMacro(suffix), meaning: 'The macro for citing the number in a paper (Cite, above, has its definition).' });
  return rows;
}
