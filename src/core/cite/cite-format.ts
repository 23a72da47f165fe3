/**
 * Citation text for a record: the `\pithnumber{SUFFIX}` LaTeX macro (FORMAT.md
 * §1) and a BibTeX @misc entry. Pure, so the exact text is unit-tested.
 */
import { isBound } from '../verify/fields';
import { texSafe } from './tex-safe';
import type { FieldId, VerifyReport } from '../verify/report-types';

/**
 * Whitespace runs as the canonical text rule sees them (FORMAT.md §3, Python's str.split(): also
 * U+001C–U+001F and U+0085), so a title separated by those control characters is cited with spaces.
 */
// eslint-disable-next-line no-control-regex -- these control characters are the point
const PY_WHITESPACE = /[\s\u001c-\u001f\u0085]+/g;

export interface CiteInput {
  readonly suffix: string | null;
  readonly pithNumber: string | null;
  readonly title: string | null;
  readonly authorsText: string | null;
  readonly submittedAt: string | null;
  readonly arxivId: string | null;
  /** The arXiv version the pith number names (source.version). */
  readonly version?: number | null;
  readonly primaryClass: string | null;
  /** Values not bound to the signed digest (a verified record's authors): written with only a name's TeX (tex-safe.ts). Absent: none. */
  readonly unbound?: readonly ('title' | 'authors')[];
}

export interface CiteSource {
  readonly input: CiteInput;
  /** Shown beside the snippets: why some values are missing or need checking (null for a verified record with every value bound). */
  readonly warning: string | null;
  /** Fields left out because they are not bound to the signed digest. */
  readonly omitted: readonly FieldId[];
}

/**
 * What a citation may take from a record (route 9 of the truth issue). A verified record gives
 * every value, the unbound ones (authors) named in the warning. A record that is not verified gives
 * only values bound to the signed digest, says so, and names what it left out.
 */
export function citeSourceOf(report: VerifyReport): CiteSource {
  const f = report.fields;
  const verified = report.verdict === 'verified';
  const omitted: FieldId[] = [];
  const take = <K extends 'pith-number' | 'title' | 'authors' | 'submitted-at' | 'primary-category'>(id: K): string | null => {
    const field = f[id];
    if (!field) return null;
    if (verified || isBound(field.binding)) return field.value as string;
    omitted.push(id);
    return null;
  };
  const number = take('pith-number');
  const suffix = number ? (/^pith:\d{4}:([A-Z2-7]{26})$/.exec(number)?.[1] ?? null) : null;
  const title = take('title');
  const authorsText = take('authors');
  const submittedAt = take('submitted-at');
  const source = f.source && (verified || isBound(f.source.binding)) ? f.source.value : null;
  if (f.source && !source) omitted.push('source');
  const unbound = (['title', 'authors'] as const).filter((id) => f[id] && !isBound(f[id]!.binding));
  const input: CiteInput = { suffix, pithNumber: number, title, authorsText, submittedAt, arxivId: source?.id ?? null, version: source?.version ?? null, primaryClass: take('primary-category'), ...(verified && unbound.length > 0 ? { unbound } : {}) };
  const warning = verified
    ? unbound.length > 0
      ? `The ${unbound.join(' and ')} ${unbound.length > 1 || unbound[0] === 'authors' ? 'come' : 'comes'} from the record's unsigned paper fields (not bound to the number): check ${unbound.length > 1 || unbound[0] === 'authors' ? 'them' : 'it'} against the paper before publishing.`
      : null
    : `This record is not verified (${report.verdict}): only values bound to the signed digest are used${omitted.length > 0 ? `; left out: ${omitted.join(', ')}` : ''}.`;
  return { input, warning, omitted };
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
  return out.map((a) => a.trim().replace(PY_WHITESPACE, ' ')).filter((a) => a !== '');
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

/** The entry key: the short number, else the arXiv id (when it is a plain one: a key has no braces or commas), else a placeholder. */
export function bibtexKey(input: CiteInput): string {
  if (input.suffix && /^[A-Z2-7]{8,}$/.test(input.suffix)) return `pith:${input.suffix.slice(0, 8)}`;
  if (input.arxivId && /^[A-Za-z0-9./-]+$/.test(input.arxivId)) return `arXiv:${input.arxivId}`;
  return 'pith-record';
}

/** True when every `}` closes an earlier `{` and none is left open (TeX groups, as BibTeX counts them). */
function balanced(v: string): boolean {
  let depth = 0;
  for (const ch of v) {
    if (ch === '{') depth++;
    else if (ch === '}' && --depth < 0) return false;
  }
  return depth === 0;
}

/**
 * A value as a BibTeX field body, `{…}`: first made safe to compile (tex-safe.ts: no file, shell or
 * definition commands, no comment, no escaped brace; for an unbound value only a name's TeX). BibTeX
 * matches braces literally, so a value whose braces still do not balance could close the field and
 * start another entry: its braces are written as \textbraceleft{} and \textbraceright{} instead.
 * Balanced TeX (J{\"o}rg) is kept as written. Whitespace runs, newlines included, become one space.
 */
export function bibtexField(value: string, bound = true): string {
  const safe = texSafe(value.trim().replace(PY_WHITESPACE, ' '), bound);
  return balanced(safe) ? safe : safe.replace(/(\\(?:textbraceleft|textbraceright|textbackslash|\^)\{\})|[{}]/g, (m, kept: string | undefined) => kept ?? (m === '{' ? '\\textbraceleft{}' : '\\textbraceright{}'));
}

/** A BibTeX @misc entry; fields the record lacks are left out rather than written empty. */
export function buildBibtex(input: CiteInput): string {
  const unbound = new Set(input.unbound ?? []);
  const authors = input.authorsText ? bibtexAuthors(input.authorsText) : '';
  const fields: [string, string | null][] = [
    ['title', input.title],
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
    .map(([k, v]) => `  ${k} = {${bibtexField(v, !(k === 'title' && unbound.has('title')) && !(k === 'author' && unbound.has('authors')))}}`)
    .join(',\n');
  return `@misc{${bibtexKey(input)},\n${body}\n}`;
}

/** True when a citation would hold no field at all (nothing bound to cite). */
export function isEmptyCitation(input: CiteInput): boolean {
  return Object.values(input).every((v) => v === null || v === '');
}

/** "David M. Blei" → { family: "Blei", given: "David M." }; a braced TeX name stays whole as the family name. */
export function nameParts(name: string): { family: string; given: string } {
  const n = name.trim();
  if (/^\{.*\}$/.test(n) || !/\s/.test(n)) return { family: n.replace(/^\{|\}$/g, ''), given: '' };
  const parts = n.split(/\s+/);
  return { family: parts.at(-1)!, given: parts.slice(0, -1).join(' ') };
}

function initials(given: string): string {
  return given
    .split(/[\s-]+/)
    .filter((g) => g !== '')
    .map((g) => `${[...g.replace(/[^\p{L}]/gu, '')][0] ?? ''}.`)
    .filter((g) => g !== '.')
    .join(' ');
}

/** "Blei, D. M., Hoffman, M. D., & Mandt, S." (APA 7 reference list order as written). */
function apaAuthors(authorsText: string): string {
  const names = splitAuthors(authorsText).map(nameParts).map((p) => (p.given ? `${p.family}, ${initials(p.given)}` : p.family));
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')}, & ${names.at(-1)}`;
}

/** A plain-text reference, APA-like: authors (year). Title (version). arXiv. DOI. Pith Number. Parts the record lacks are left out. */
export function plainCitation(input: CiteInput): string {
  const year = yearOf(input);
  const parts: string[] = [];
  const head = [input.authorsText ? apaAuthors(input.authorsText) : null, year ? `(${year}).` : null].filter(Boolean).join(' ');
  if (head) parts.push(head);
  if (input.title) parts.push(`${input.title.trim().replace(PY_WHITESPACE, ' ')}${input.version ? ` (Version ${input.version})` : ''}.`);
  if (input.arxivId) parts.push(`arXiv. https://doi.org/10.48550/arXiv.${input.arxivId}`);
  if (input.pithNumber) parts.push(`[Pith Number ${input.pithNumber}]`);
  return parts.join(' ');
}

/** CSL-JSON (Citation Style Language 1.0.2 data schema): one item, as reference managers import it. */
export function cslJson(input: CiteInput): string {
  const date = input.submittedAt ? /^(\d{4})-(\d{2})-(\d{2})/.exec(input.submittedAt) : null;
  const year = yearOf(input);
  const item: Record<string, unknown> = { id: bibtexKey(input), type: 'article' };
  if (input.title) item.title = input.title.trim().replace(PY_WHITESPACE, ' ');
  if (input.authorsText) item.author = splitAuthors(input.authorsText).map(nameParts).map((p) => (p.given ? { family: p.family, given: p.given } : { literal: p.family }));
  if (date) item.issued = { 'date-parts': [[Number(date[1]), Number(date[2]), Number(date[3])]] };
  else if (year) item.issued = { 'date-parts': [[Number(year)]] };
  if (input.arxivId) {
    item.publisher = 'arXiv';
    item.DOI = `10.48550/arXiv.${input.arxivId}`;
    item.number = input.arxivId;
    if (input.version) item.version = String(input.version);
  }
  if (input.suffix) item.URL = `https://pith.science/pith/${input.suffix}`;
  if (input.pithNumber) item.note = `Pith Number ${input.pithNumber}`;
  return JSON.stringify([item], null, 2);
}
