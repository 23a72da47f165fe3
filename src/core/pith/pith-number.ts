/**
 * Pith numbers (FORMAT.md §1): derive one from a digest and parse every written
 * form, explaining a bad one precisely.
 *
 *   pith:<YEAR>:<SUFFIX>   full            SUFFIX = base32(SHA-256 digest)[0:26]  (130 bits)
 *   pith:<SUFFIX[0:8]>     short
 *   bare 26/16/12/8 chars  suffix or pith_short_* alias
 *
 * @module pith-number
 */
import { visibleText } from '../text/visible-text';
import { assertBytes } from '../bytes';
import { base32, BASE32_ALPHABET } from '../crypto/base32';
import { pithError, type PithError, type Result, ok, err } from '../errors';

export const SUFFIX_LENGTH = 26;
/** Lengths of the published prefixes: short (8), aliases pith_short_12/16, full suffix. */
export const PREFIX_LENGTHS = [8, 12, 16, 26] as const;
export type PrefixLength = (typeof PREFIX_LENGTHS)[number];

export interface PithNumber {
  /** Four-digit v1 submission year, absent when only a suffix was written. */
  readonly year: string | null;
  /** Upper-case base32 suffix or prefix of it (8, 12, 16 or 26 characters). */
  readonly suffix: string;
}

/** FORMAT.md §1: base32 of the WHOLE 32-byte digest, first 26 characters. */
export function suffixFromDigest(digest: Uint8Array): string {
  assertBytes(digest, 'digest', 32);
  return base32(digest).slice(0, SUFFIX_LENGTH);
}

/** FORMAT.md §1: YEAR = canonical_record.metadata.submitted_at[0:4]. */
export function yearFromSubmittedAt(submittedAt: string): string | null {
  const y = submittedAt.slice(0, 4);
  return /^[0-9]{4}$/.test(y) ? y : null;
}

/** `pith:<YEAR>:<SUFFIX>` (FORMAT.md §1). */
export function formatFull(year: string, suffix: string): string {
  return `pith:${year}:${suffix}`;
}

/** `pith:<first 8 suffix characters>` (FORMAT.md §1). */
export function formatShort(suffix: string): string {
  return `pith:${suffix.slice(0, 8)}`;
}

/** True for a full number: a year and all 26 suffix characters. */
export function isFull(p: PithNumber): p is PithNumber & { year: string } {
  return p.year !== null && p.suffix.length === SUFFIX_LENGTH;
}

/** Characters people type for base32 ones, with the base32 character they meant. */
const LOOKALIKES: Record<string, string> = { '0': 'O', '1': 'I', '8': 'B', '9': 'G' };

/** What a typed suffix may hold between its characters (`uttg u3ki-…`): left out, never read. */
const SEPARATOR = /[\s-]/g;
/** ASCII letters only are upper-cased: 'ı' or 'ß' would otherwise become base32 letters (I, SS) unseen. */
const upperAscii = (s: string) => s.replace(/[a-z]/g, (l) => l.toUpperCase());

/**
 * The first character that is not base32, quoted as typed, at its position in `typed` (the suffix
 * as written: case, spaces and dashes kept), not in a normalised form the user never typed.
 */
function explainBadChar(typed: string): PithError | null {
  // By code point, so an emoji is one character, quoted whole.
  for (const [j, c] of Array.from(typed).entries()) {
    if (c.replace(SEPARATOR, '') === '' || BASE32_ALPHABET.includes(upperAscii(c))) continue;
    const hint = LOOKALIKES[c];
    const where = `position ${j + 1} of '${visibleText(typed, 40)}'`;
    return pithError(
      'bad-pith-number',
      hint
        ? `'${visibleText(c)}' (at ${where}) is not a base32 character ('${hint}' is, and looks alike); pith numbers use only A–Z and 2–7.`
        : `'${visibleText(c)}' (at ${where}) is not a base32 character; pith numbers use only A–Z and 2–7.`,
    );
  }
  return null;
}

function explainLength(suffix: string, typed: string): PithError | null {
  if ((PREFIX_LENGTHS as readonly number[]).includes(suffix.length)) return null;
  return pithError(
    'bad-pith-number',
    `'${visibleText(typed, 40)}' has ${suffix.length} characters${typed.length === suffix.length ? '' : ' (spaces and dashes aside)'}; a pith number suffix has 26 (or a published prefix of 8, 12 or 16).`,
  );
}

const EXACT_FULL = /^pith:([0-9]{4}):([A-Z2-7]{26})$/;
const URL_RE = /^(?:https?:\/\/)?(?:www\.)?pith\.science\/(?:pith|paper|api\/pith-number)\/([^/?#.]+)(?:[/?#.].*)?$/i;

/**
 * Parses any written form: `pith:2017:UTTG…`, `pith:UTTGU3KI`, a bare suffix or
 * prefix, lower case, surrounding whitespace, pith.science URLs and the LaTeX
 * macro `\pithnumber{…}`. Returns a precise explanation when it is not one.
 */
export function parsePithNumber(input: string): Result<PithNumber> {
  // The form records carry: nothing to trim or explain, so skip the general path (same result).
  const exact = EXACT_FULL.exec(input);
  if (exact) return ok({ year: exact[1]!, suffix: exact[2]! });
  let s = input.trim();
  if (s === '') return err(pithError('bad-pith-number', 'Expected a pith number such as pith:2017:UTTGU3KIYM6JKD6ALUV7A7CX74; got nothing.'));
  const url = URL_RE.exec(s);
  if (url) s = url[1]!;
  const macro = /^\\pithnumber\{([^}]*)\}$/.exec(s);
  if (macro) s = macro[1]!.trim();

  let year: string | null = null;
  const parts = s.split(':');
  if (parts.length > 3) return err(pithError('bad-pith-number', `'${visibleText(input.trim())}' has too many ':' separators; expected pith:<YEAR>:<SUFFIX>.`));
  if (parts.length > 1) {
    if (parts[0]!.toLowerCase() !== 'pith') {
      return err(pithError('bad-pith-number', `'${visibleText(input.trim())}' starts with '${visibleText(parts[0]!, 20)}:'; a pith number starts with 'pith:'.`));
    }
    if (parts.length === 3) {
      year = parts[1]!;
      if (!/^[0-9]{4}$/.test(year)) {
        return err(pithError('bad-pith-number', `'${visibleText(year, 20)}' is not a four-digit year; expected pith:<YEAR>:<SUFFIX>, e.g. pith:2017:UTTGU3KIYM6JKD6ALUV7A7CX74.`));
      }
    }
    s = parts[parts.length - 1]!;
  }
  const typed = s.trim();
  const suffix = upperAscii(typed.replace(SEPARATOR, ''));
  if (suffix === '') return err(pithError('bad-pith-number', 'Expected a base32 suffix after the colon; got nothing.'));
  const bad = explainBadChar(typed) ?? explainLength(suffix, typed);
  if (bad) return err(bad);
  if (year !== null && suffix.length !== SUFFIX_LENGTH) {
    return err(pithError('bad-pith-number', `A full pith number pith:${year}:… needs all 26 suffix characters; got ${suffix.length}.`));
  }
  return ok({ year, suffix });
}

/** True when `candidate` (any prefix length) names the full suffix `full`. */
export function matchesSuffix(candidate: PithNumber, full: string): boolean {
  return full.startsWith(candidate.suffix) && (candidate.suffix.length === SUFFIX_LENGTH ? candidate.suffix === full : true);
}
