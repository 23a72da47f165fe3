/**
 * The one search box: detect what a pasted string names (no type dropdown,
 * docs/UX.md) and say what was understood, or what is wrong and what would be
 * right. Accepts every pith number form, arXiv ids (new, versioned, old-style,
 * `arXiv:` prefix, abs/pdf URLs) and DOIs (10.48550/arXiv.…, doi.org URLs).
 *
 * @module query
 */
import { firstOddCharacter, visibleText } from '../text/visible-text';
import { pithError, type Result, ok, err } from '../errors';
import { parsePithNumber, type PithNumber } from '../pith/pith-number';
import { LOOKUP_PREFIX, lookupParam } from './lookup-param';

/** `unwrapped`: the text as pasted, when the identifier was read from inside quotes, brackets or punctuation. */
type Read = { readonly understood: string; readonly unwrapped?: string };
export type Query =
  | ({ readonly type: 'pith'; readonly pith: PithNumber } & Read)
  | ({ readonly type: 'arxiv'; readonly id: string; readonly version: number | null } & Read)
  | ({ readonly type: 'doi'; readonly doi: string; readonly arxivId: string | null } & Read);

/** arXiv identifier schemes (arXiv docs "Understanding the arXiv identifier"): YYMM.NNNN(N) since 2007, archive(.SUBJ)/YYMMNNN before. */
const NEW_ID = /^(\d{4}\.\d{4,5})(?:v(\d+))?$/i;
const OLD_ID = /^([a-z-]+(?:\.[A-Z]{2})?\/\d{7})(?:v(\d+))?$/i;
const ARXIV_URL = /^(?:https?:\/\/)?(?:www\.|export\.)?arxiv\.org\/(?:abs|pdf|html)\/(.+?)(?:\.pdf)?\/?(?:[?#].*)?$/i;
const DOI_URL = /^(?:https?:\/\/)?(?:dx\.)?doi\.org\/(.+)$/i;
const DOI = /^(10\.\d{4,9}\/\S+)$/i;
const ARXIV_DOI = /^10\.48550\/arxiv\.(.+)$/i;

function parseArxivId(raw: string): { id: string; version: number | null } | null {
  const s = raw.trim();
  const m = NEW_ID.exec(s) ?? OLD_ID.exec(s);
  if (!m) return null;
  // Old-style archive names are lower case (math/0702322); subject class stays as written (math.AG).
  const id = m[1]!.includes('/') ? m[1]!.replace(/^[a-z-]+/i, (a) => a.toLowerCase()) : m[1]!;
  return { id, version: m[2] ? Number(m[2]) : null };
}

function arxivQuery(id: string, version: number | null): Query {
  return { type: 'arxiv', id, version, understood: `arXiv ${id}${version ? `, version ${version}` : ', any version'}` };
}

/** Quotes and brackets an identifier is pasted in from prose: the opening character and its closing one. */
const PAIRS: Readonly<Record<string, string>> = { '"': '"', "'": "'", '`': '`', '\u201c': '\u201d', '\u201e': '\u201c', '\u2018': '\u2019', '\u00ab': '\u00bb', '\u300c': '\u300d', '\u300e': '\u300f', '(': ')', '[': ']', '{': '}' };
/**
 * arXiv's own ways of printing an id beside other text: the subject class after it ("arXiv:1704.04289
 * [stat.ML]", an abstract page's "Cite as") and the date after that (the stamp down the margin of
 * every arXiv PDF: "arXiv:1704.04289v2 [stat.ML] 19 Jun 2018").
 */
const ARXIV_STAMP = /\s+\[[a-z-]+(?:\.[a-z-]+)?\](?:\s+\d{1,2}\s+[a-z]{3}\s+\d{4})?$/i;

/** The text inside the quotes, brackets and sentence punctuation around it, as pasted from prose. */
function unwrap(text: string): string {
  let s = text;
  for (let i = 0; i < 4; i++) {
    const before = s;
    s = s.replace(/[.,;:!?\u2026]+$/u, '').replace(ARXIV_STAMP, '').trim();
    const close = PAIRS[s[0] ?? ''];
    if (close !== undefined && s.length > 1 && s.endsWith(close)) s = s.slice(1, -1).trim();
    if (s === before) break;
  }
  return s;
}

/**
 * What the search box's text names, or what is wrong with it and what would be right. Text the
 * identifier was pasted in with (quotes, brackets, a full stop, arXiv's "[stat.ML]") is left out only
 * when the text as given does not read, and the query then says so (`unwrapped`): a DOI may end in a
 * bracket or a full stop of its own.
 */
export function parseQuery(input: string): Result<Query> {
  const read = parse(input, true);
  const typed = input.trim();
  // The angle-bracket pair parse() takes off (RFC 3986 Appendix C) is said like any other wrapping.
  if (read.ok) return /^<.*>$/s.test(typed) ? ok({ ...read.value, unwrapped: typed }) : read;
  const inner = unwrap(typed);
  if (inner === typed || inner === '') return read;
  const again = parse(inner, true);
  // The inner text's own error says what is wrong with the identifier itself ("4 or 5 digits after the dot").
  return again.ok ? ok({ ...again.value, unwrapped: typed }) : again;
}

/**
 * A link to a record page of this explorer, or any copy of it (`https://host/pith/<SUFFIX>`,
 * `/arxiv/<id>`, `/doi/<doi>`, `/?q=<text>`): the query it holds. The host does not matter: the
 * lookup asks this app's mirrors. pith.science's own URLs are the pith number rule's.
 */
function explorerLink(s: string): string | null {
  if (!/^https?:\/\/\S+$/i.test(s) || !URL.canParse(s)) return null;
  // Read as the browser reads a location (WHATWG URL), the router's input: lookupParam decodes it once.
  const url = new URL(s);
  if (/(^|\.)pith\.science$/i.test(url.hostname)) return null;
  const param = lookupParam(url.pathname);
  return param ? LOOKUP_PREFIX[param.kind] + param.raw : url.pathname === '/' ? url.searchParams.get('q') : null;
}

function parse(input: string, links: boolean): Result<Query> {
  // A paste wrapped in angle brackets (RFC 3986 Appendix C: <https://doi.org/…>) loses the pair; a
  // lone `>` is part of the text (a DOI may end in one, and its deep link must read it back the same).
  const s = input.trim().replace(/^<(.*)>$/s, '$1').trim();
  if (s === '') return err(pithError('bad-query', 'Type a pith number (pith:2017:UTTGU3KI…), an arXiv id (1704.04289) or a DOI (10.48550/arXiv.1704.04289).'));
  // A record page's own link, as Share gives it (a walk-through, 2026-12-03): read once, not nested.
  const linked = links ? explorerLink(s) : null;
  if (linked !== null) return parse(linked, false);

  const arxivUrl = ARXIV_URL.exec(s);
  const doiUrl = DOI_URL.exec(s);
  let bare: string;
  if (doiUrl) {
    // A DOI URL is percent-encoded (RFC 3986 §2.1); a bad escape is the user's to fix, not a crash.
    try {
      bare = decodeURIComponent(doiUrl[1]!);
    } catch {
      return err(pithError('bad-query', `'${visibleText(doiUrl[1]!)}' in that doi.org URL is not valid percent-encoding (RFC 3986 §2.1: % is followed by two hex digits of UTF-8); give the DOI itself, e.g. 10.48550/arXiv.1704.04289.`));
    }
  } else {
    bare = arxivUrl ? arxivUrl[1]! : s.replace(/^arxiv:\s*/i, '').replace(/^doi:\s*/i, '');
  }

  const arxiv = parseArxivId(bare);
  if (arxiv && !doiUrl) return ok(arxivQuery(arxiv.id, arxiv.version));
  if (arxivUrl) return err(pithError('bad-query', `'${visibleText(arxivUrl[1]!)}' in that arXiv URL is not an arXiv id; expected e.g. 1704.04289, 1704.04289v2 or math/0702322.`));

  if (DOI.test(bare)) {
    const inner = ARXIV_DOI.exec(bare);
    const arxivId = inner ? parseArxivId(inner[1]!) : null;
    if (inner && !arxivId) return err(pithError('bad-query', `'${visibleText(inner[1]!)}' after 10.48550/arXiv. is not an arXiv id; expected e.g. 10.48550/arXiv.1704.04289.`));
    return ok({
      type: 'doi',
      doi: bare,
      arxivId: arxivId?.id ?? null,
      understood: arxivId ? `DOI ${bare} (arXiv ${arxivId.id})` : `DOI ${bare} (not an arXiv DOI; only mirrors with a DOI index can answer it)`,
    });
  }
  if (doiUrl) return err(pithError('bad-query', `'${visibleText(bare)}' is not a DOI; a DOI starts with 10. and a registrant code, e.g. 10.48550/arXiv.1704.04289.`));

  const pith = parsePithNumber(s);
  if (pith.ok) {
    const p = pith.value;
    const what = p.suffix.length === 26 ? `pith number ${p.year ? `pith:${p.year}:` : ''}${p.suffix}` : `pith number prefix ${p.suffix} (${p.suffix.length} characters)`;
    return ok({ type: 'pith', pith: p, understood: what });
  }
  // Looks like a pith number attempt: give the precise pith explanation.
  // Also a suffix typed in lower case or in groups ('uttg u3ki-…'), with a look-alike digit in it.
  const compact = s.replace(/[\s-]/g, '');
  const suffixLike = /^[A-Za-z0-9]{8,32}$/.test(compact) && /[A-Za-z]/.test(compact) && /[2-7]/.test(compact);
  if (/^pith:|pith\.science/i.test(s) || /^[A-Za-z2-7]{8,32}$/.test(s) || /^[A-Z0-9]{8,32}$/.test(s) || suffixLike) return err(pith.error);
  if (/^\d{4}\.\d+/.test(bare)) return err(pithError('bad-query', `'${visibleText(bare)}' is not an arXiv id: new-style ids are YYMM.NNNNN with 4 or 5 digits after the dot, optionally vN (e.g. 1704.04289v2).`));
  // Quote what was typed, not the text after the angle-bracket pair came off ('b>hi</b' for <b>hi</b>).
  const typed = input.trim();
  const odd = firstOddCharacter(typed);
  return err(pithError('bad-query', `Could not read '${visibleText(typed)}'${odd ? `: it holds ${odd}` : ''}. Expected a pith number (pith:2017:UTTGU3KIYM6JKD6ALUV7A7CX74 or pith:UTTGU3KI), an arXiv id (1704.04289, math/0702322) or a DOI (10.48550/arXiv.1704.04289).`));
}
