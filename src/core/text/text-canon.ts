/**
 * Title and abstract canonicalization (FORMAT.md §3): Python 3's
 *   " ".join(s.lower().split())
 * then SHA-256 of its UTF-8. LaTeX and everything else is hashed as written.
 *
 * Which Python: the reference fixtures come from Python 3.11 (Unicode 14.0), and pith.science's
 * hashes of real (ASCII) titles agree with it. JavaScript engines ship newer Unicode data, so
 * toLowerCase() is used only where it agrees with Python; python-case-exceptions.ts (generated)
 * pins the characters where it does not to Python 3.11's behaviour, so the hash does not change
 * with the browser. The fixture tests/fixtures/python/text-canon.jsonl decides.
 */
import { sha256Utf8Pieces } from '../crypto/sha256';
import { pithError, type PithError, type Result, ok, err } from '../errors';
import { CASED_OVERRIDES, CASE_IGNORABLE_OVERRIDES, LOWER_OVERRIDES } from './python-case-exceptions';

/**
 * Python's str.split() separators: str.isspace(), i.e. bidi class WS, B or S or category Zs
 * (Python docs, str.isspace). Unlike JavaScript's \s it has U+001C..U+001F and U+0085, and not
 * U+FEFF. Runs are matched, so repeated whitespace becomes one space; the ends are trimmed after.
 */
// eslint-disable-next-line no-control-regex -- U+001C..U+001F are Python whitespace
const SPACES = /[\t\n\v\f\r\x1c-\x20\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/g;

// eslint-disable-next-line no-control-regex -- the ASCII range starts at U+0000
const NON_ASCII = /[^\x00-\x7f]/;
const SURROGATE = /[\ud800-\udfff]/;
const CAPITAL_SIGMA = 0x3a3;

const lowerOverride = new Map<number, string>(LOWER_OVERRIDES);
/** Characters toLowerCase() cannot be trusted with: Σ (context) and the overridden ones. */
const NEEDS_PYTHON = new RegExp(
  `[\\u03a3${LOWER_OVERRIDES.map(([c]) => `\\u{${c.toString(16)}}`).join('')}]`,
  'u',
);
const CASE_IGNORABLE = /\p{Case_Ignorable}/u;
const CASED = /\p{Cased}/u;

/** " ".join(s.lower().split()) with Python 3.11 semantics (FORMAT.md §3), or why Python could not encode it. */
export function canonText(s: string): Result<string> {
  let lower: string;
  if (!NON_ASCII.test(s)) {
    lower = s.toLowerCase(); // ASCII: A-Z only, the same in every engine and in Python
  } else {
    const bad = SURROGATE.test(s) ? loneSurrogateIndex(s) : -1;
    if (bad >= 0) return err(loneSurrogateError(s, bad));
    lower = NEEDS_PYTHON.test(s) ? pythonLower(s) : s.toLowerCase();
  }
  return ok(pythonWords(lower));
}

/**
 * `" ".join(s.split())` with Python's whitespace (FORMAT.md §3) and the case kept: a text's words
 * as the title and abstract hashes read them, for showing a title whose spacing is not plain (a
 * run of U+1680, U+001C or 20,000 no-break spaces hashes as one space, and drawn raw read as dashes,
 * no space, or a blank card; a hostile review, 2026-12-03).
 */
export function pythonWords(s: string): string {
  // Every run of whitespace made one space, minus the ends. Done as one replace, not split + join:
  // a 40 MB abstract never becomes an array of millions of words.
  let joined = s.replace(SPACES, ' ');
  if (joined.charCodeAt(0) === 0x20) joined = joined.slice(1);
  if (joined.charCodeAt(joined.length - 1) === 0x20) joined = joined.slice(0, -1);
  return joined;
}

/** Texts longer than this are canonicalised a piece at a time (see forEachCanonPiece). */
const CANON_PIECE = 1 << 20;
// eslint-disable-next-line no-control-regex -- U+001C..U+001F are Python whitespace
const ONE_SPACE = /[\t\n\v\f\r\x1c-\x20\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/g;

/**
 * Calls `emit` with consecutive pieces of canonText(s): their concatenation is exactly it. A piece
 * ends only at Python whitespace, and neither a word nor str.lower()'s one context rule
 * (Final_Sigma, which looks across cased and case-ignorable characters, never across whitespace)
 * crosses whitespace, so canonicalising piece by piece gives the same text. A 40 MB abstract then
 * needs about a megabyte at a time, not several copies of itself and an array of every word.
 */
export function forEachCanonPiece(s: string, emit: (piece: string) => void, pieceSize = CANON_PIECE): Result<void> {
  if (s.length <= pieceSize) {
    const c = canonText(s);
    if (!c.ok) return c;
    emit(c.value);
    return ok(undefined);
  }
  // The lone-surrogate check once over the whole text, so its message gives the real index.
  if (SURROGATE.test(s)) {
    const bad = loneSurrogateIndex(s);
    if (bad >= 0) return err(loneSurrogateError(s, bad));
  }
  let wrote = false;
  for (let start = 0; start < s.length; ) {
    let end = Math.min(s.length, start + pieceSize);
    if (end < s.length) {
      ONE_SPACE.lastIndex = end;
      const m = ONE_SPACE.exec(s);
      end = m ? m.index : s.length;
    }
    const c = canonText(s.slice(start, end));
    if (!c.ok) return c;
    if (c.value !== '') {
      emit(wrote ? ` ${c.value}` : c.value);
      wrote = true;
    }
    start = end;
  }
  return ok(undefined);
}

/** SHA-256 of canonText(s) (FORMAT.md §3), hashed piece by piece for long texts. */
export function textCanonSha256(s: string): Result<Uint8Array> {
  const run: { result: Result<void> } = { result: ok(undefined) };
  const { digest } = sha256Utf8Pieces((add) => {
    run.result = forEachCanonPiece(s, add);
  });
  return run.result.ok ? ok(digest) : run.result;
}

function loneSurrogateError(s: string, bad: number): PithError {
  const unit = s.charCodeAt(bad).toString(16).toUpperCase();
  return pithError('not-canonicalizable', `Text holds a lone surrogate U+${unit} at index ${bad}; Python cannot UTF-8 encode it, so it has no canonical hash.`);
}

function loneSurrogateIndex(s: string): number {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0xd800 || c > 0xdfff) continue;
    const next = s.charCodeAt(i + 1);
    if (c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) i++;
    else return i;
  }
  return -1;
}

/**
 * str.lower() for a string holding Σ or an overridden character. Runs between them have no
 * context-dependent mapping (Final_Sigma is the only one in SpecialCasing.txt outside tr/az/lt
 * locales, and toLowerCase() uses none), so they are lowered in one call each.
 */
function pythonLower(s: string): string {
  let out = '';
  let runStart = 0;
  for (let i = 0; i < s.length; i++) {
    const cp = s.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    const override = cp === CAPITAL_SIGMA ? (isFinalSigma(s, i) ? '\u03c2' : '\u03c3') : lowerOverride.get(cp);
    if (override !== undefined) {
      out += s.slice(runStart, i).toLowerCase() + override;
      runStart = i + width;
    }
    i += width - 1;
  }
  return out + s.slice(runStart).toLowerCase();
}

/**
 * CPython's handle_capital_sigma (Objects/unicodeobject.c): Σ at index i becomes final ς when
 * \p{Cased} \p{Case_Ignorable}* Σ and not followed by \p{Case_Ignorable}* \p{Cased}.
 */
function isFinalSigma(s: string, i: number): boolean {
  let j = i;
  let cp = -1;
  while (j > 0) {
    cp = s.codePointAt(j - 1)!;
    if (cp >= 0xdc00 && cp <= 0xdfff && j >= 2) cp = s.codePointAt(j - 2)!; // astral: read the pair
    j -= cp > 0xffff ? 2 : 1;
    if (!isCaseIgnorable(cp)) break;
    cp = -1;
  }
  if (cp < 0 || !isCasedNotIgnorable(cp)) return false;
  for (j = i + 1; j < s.length; j += cp > 0xffff ? 2 : 1) {
    cp = s.codePointAt(j)!;
    if (!isCaseIgnorable(cp)) return !isCasedNotIgnorable(cp);
  }
  return true;
}

function isCaseIgnorable(cp: number): boolean {
  const o = lookup(CASE_IGNORABLE_OVERRIDES, cp);
  return o === undefined ? CASE_IGNORABLE.test(String.fromCodePoint(cp)) : o;
}

/** Only consulted for characters that are not case-ignorable, as CPython does. */
function isCasedNotIgnorable(cp: number): boolean {
  const o = lookup(CASED_OVERRIDES, cp);
  if (o !== undefined) return o;
  const ch = String.fromCodePoint(cp);
  return CASED.test(ch) && !CASE_IGNORABLE.test(ch);
}

/** Binary search in sorted [first, last, value] runs. */
function lookup(runs: readonly (readonly [number, number, 0 | 1])[], cp: number): boolean | undefined {
  let lo = 0;
  let hi = runs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [first, last, value] = runs[mid]!;
    if (cp < first) hi = mid - 1;
    else if (cp > last) lo = mid + 1;
    else return value === 1;
  }
  return undefined;
}
