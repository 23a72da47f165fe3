/**
 * Computes a pith number from the paper itself (FORMAT.md §1–§3): anyone holding the arXiv
 * metadata can rebuild the canonical record, hash it and derive the number, without pith.science.
 *
 * Every field is validated first, with one message per field naming it, so a form can show each
 * error next to its input. Identifiers (id, categories, license, date) are trimmed; the title and
 * abstract are not, because §3 canonicalisation already collapses their whitespace and anything
 * else in them (LaTeX included) is hashed as written.
 */
import { toHex, utf8 } from '../bytes';
import { base32 } from '../crypto/base32';
import { sha256 } from '../crypto/sha256';
import { pithError, type PithError } from '../errors';
import { canonicalJson, compareCodePoints } from '../json/canonical-json';
import type { JsonValue } from '../json/json-value';
import { deriveAliases, type AliasKind } from '../pith/aliases';
import { formatFull, formatShort, suffixFromDigest, yearFromSubmittedAt } from '../pith/pith-number';
import { canonText } from '../text/text-canon';
import { readSubmittedAt } from './submitted-at';

export interface ComputeInput {
  readonly title: string;
  readonly abstract: string;
  /** New style `1704.04289` or old style `math/0702322`, without the `v2` version suffix. */
  readonly arxivId: string;
  readonly version: string | number;
  readonly primaryCat: string;
  /** An array, or one string separated by commas and/or whitespace. */
  readonly crossCats: string | readonly string[];
  /** The license URL as arXiv gives it; empty for old papers (FORMAT.md §2). */
  readonly license: string;
  /** The v1 submission time, `2017-04-13T22:17:30Z`, or a form readSubmittedAt reads into it. */
  readonly submittedAt: string;
}

export type ComputeField = keyof ComputeInput;

/** A validation problem: `path` is the input field it is about. */
export type FieldError = PithError & { readonly path: ComputeField };

/** The FORMAT.md §2 record, typed for display; `canonicalJson` is what is hashed. */
export interface CanonicalRecordV1Value {
  readonly metadata: {
    readonly abstract_canon_sha256: string;
    readonly cross_cats_sorted: readonly string[];
    readonly license: string;
    readonly primary_cat: string;
    readonly submitted_at: string;
    readonly title_canon_sha256: string;
  };
  readonly schema_version: '1.0';
  readonly source: { readonly id: string; readonly kind: 'arxiv'; readonly version: number };
}

export interface ComputedRecord {
  readonly canonicalRecord: CanonicalRecordV1Value;
  /** Python json.dumps(sort_keys=True, separators=(',', ':'), ensure_ascii=False) text (§2). */
  readonly canonicalJson: string;
  readonly canonicalBytes: number;
  readonly sha256Hex: string;
  /** Base32 of the whole digest (52 characters); the suffix is its first 26 (§1). */
  readonly base32: string;
  readonly suffix: string;
  readonly year: string;
  readonly pithNumber: string;
  readonly shortPithNumber: string;
  readonly aliases: Record<AliasKind, string>;
  /** The §3 canonical texts that were hashed, to show what "lower-cased, whitespace collapsed" did. */
  readonly titleCanon: string;
  readonly abstractCanon: string;
}

/** Hashes that could be computed even while other fields are invalid (the UI shows them live). */
export interface PartialHashes {
  readonly titleSha256Hex: string | null;
  readonly abstractSha256Hex: string | null;
}

export type ComputeResult =
  | { readonly ok: true; readonly value: ComputedRecord }
  | { readonly ok: false; readonly errors: readonly FieldError[]; readonly partial: PartialHashes };

// arXiv identifier schemes (arxiv.org/help/arxiv_identifier): YYMM.NNNN (2007–2014), YYMM.NNNNN
// (2015 on), and before April 2007 archive(.SUBJ)/YYMMNNN, e.g. math/0702322, math.GT/0309136.
const NEW_ID = /^[0-9]{4}\.[0-9]{4,5}$/;
const OLD_ID = /^[a-z]+(?:-[a-z]+)*(?:\.[A-Z]{2})?\/[0-9]{7}$/;
// Categories: cs.LG, stat.ML, math-ph, hep-th, cond-mat.str-el, physics.gen-ph, q-bio.NC.
const CATEGORY = /^[a-z]+(?:-[a-z]+)*(?:\.[A-Za-z]+(?:-[A-Za-z]+)*)?$/;

const fieldError = (path: ComputeField, message: string): FieldError => pithError('schema', `${path}: ${message}`, path) as FieldError;

function checkArxivId(raw: string): FieldError | null {
  const id = raw.trim();
  if (id === '') return fieldError('arxivId', 'expected an arXiv id such as 1704.04289 or math/0702322; got nothing');
  if (NEW_ID.test(id) || OLD_ID.test(id)) return null;
  const versioned = /^(.+?)v([0-9]+)$/.exec(id);
  if (versioned && (NEW_ID.test(versioned[1]!) || OLD_ID.test(versioned[1]!))) {
    return fieldError('arxivId', `drop the version: write ${versioned[1]} here and ${versioned[2]} in version`);
  }
  if (/^arxiv:/i.test(id)) return fieldError('arxivId', `drop the "arXiv:" prefix: write ${id.slice(6)}`);
  return fieldError('arxivId', `expected an arXiv id such as 1704.04289 or math/0702322; got ${JSON.stringify(id)}`);
}

function checkVersion(raw: string | number): { value: number } | FieldError {
  const s = typeof raw === 'number' ? String(raw) : raw.trim();
  // A JSON integer in the record (§2); the safe-integer bound keeps it exact in JavaScript.
  if (!/^[1-9][0-9]*$/.test(s) || !Number.isSafeInteger(Number(s))) {
    return fieldError('version', `expected a whole number ≥ 1${s === '' ? '; got nothing' : `; got ${JSON.stringify(s)}`}`);
  }
  return { value: Number(s) };
}

function checkCategory(field: 'primaryCat' | 'crossCats', cat: string): FieldError | null {
  return CATEGORY.test(cat) ? null : fieldError(field, `${JSON.stringify(cat)} is not an arXiv category such as cs.LG, math-ph or cond-mat.str-el`);
}

/** Splits the cross-list input; commas and any whitespace separate, empty entries vanish. */
export function splitCrossCats(input: string | readonly string[]): string[] {
  const parts = typeof input === 'string' ? [input] : input;
  return parts.flatMap((p) => p.split(/[\s,]+/)).filter((c) => c !== '');
}

/** FORMAT.md §2: `cross_cats_sorted` is unique, without the primary, in code point order. */
export function canonicalCrossCats(cats: readonly string[], primaryCat: string): string[] {
  return [...new Set(cats)].filter((c) => c !== primaryCat).sort(compareCodePoints);
}

function checkLicense(raw: string): FieldError | null {
  const s = raw.trim();
  if (s === '' || /^https?:\/\/\S+$/.test(s)) return null;
  return fieldError('license', 'expected the license URL as arXiv gives it (e.g. http://arxiv.org/licenses/nonexclusive-distrib/1.0/), or nothing for old papers');
}

function hashText(field: 'title' | 'abstract', text: string, errors: FieldError[]): { canon: string; hex: string } | null {
  const canon = canonText(text);
  if (!canon.ok) {
    errors.push(fieldError(field, canon.error.message));
    return null;
  }
  if (canon.value === '') {
    errors.push(fieldError(field, `expected the paper's ${field} exactly as on arXiv; got ${text === '' ? 'nothing' : 'only whitespace'}`));
    return null;
  }
  return { canon: canon.value, hex: toHex(sha256(utf8(canon.value))) };
}

/** The canonical record, digest and number of a paper typed in by hand, or what is wrong with each field. */
export function computeRecord(input: ComputeInput): ComputeResult {
  const errors: FieldError[] = [];
  const title = hashText('title', input.title, errors);
  const abstract = hashText('abstract', input.abstract, errors);
  const idError = checkArxivId(input.arxivId);
  if (idError) errors.push(idError);
  const version = checkVersion(input.version);
  if ('code' in version) errors.push(version);
  const primaryCat = input.primaryCat.trim();
  const primaryError =
    primaryCat === '' ? fieldError('primaryCat', 'expected the primary arXiv category such as cs.LG; got nothing') : checkCategory('primaryCat', primaryCat);
  if (primaryError) errors.push(primaryError);
  const cross = splitCrossCats(input.crossCats);
  const crossError = cross.map((c) => checkCategory('crossCats', c)).find((e) => e !== null);
  if (crossError) errors.push(crossError);
  const license = input.license.trim();
  const licenseError = checkLicense(license);
  if (licenseError) errors.push(licenseError);
  // The forms people paste (arXiv's listing line, +00:00) are read into the one form §2 holds.
  const date = readSubmittedAt(input.submittedAt);
  if (!date.ok) errors.push(fieldError('submittedAt', date.error));
  const submittedAt = date.ok ? date.value.value : '';

  if (errors.length > 0 || !title || !abstract || 'code' in version || !date.ok) {
    return { ok: false, errors, partial: { titleSha256Hex: title?.hex ?? null, abstractSha256Hex: abstract?.hex ?? null } };
  }

  const canonicalRecord: CanonicalRecordV1Value = {
    metadata: {
      abstract_canon_sha256: abstract.hex,
      cross_cats_sorted: canonicalCrossCats(cross, primaryCat),
      license,
      primary_cat: primaryCat,
      submitted_at: submittedAt,
      title_canon_sha256: title.hex,
    },
    schema_version: '1.0',
    source: { id: input.arxivId.trim(), kind: 'arxiv', version: version.value },
  };
  // Only strings, arrays and a safe integer: canonicalJson cannot refuse it; if it ever did, that is a bug.
  const canon = canonicalJson(canonicalRecord as unknown as JsonValue);
  if (!canon.ok) throw new Error(`computeRecord: canonical JSON refused a validated record: ${canon.error.message}`);
  const digest = sha256(canon.value.bytes);
  const suffix = suffixFromDigest(digest);
  const year = yearFromSubmittedAt(submittedAt)!; // validated above: four digits
  return {
    ok: true,
    value: {
      canonicalRecord,
      canonicalJson: canon.value.text,
      canonicalBytes: canon.value.bytes.length,
      sha256Hex: toHex(digest),
      base32: base32(digest),
      suffix,
      year,
      pithNumber: formatFull(year, suffix),
      shortPithNumber: formatShort(suffix),
      aliases: deriveAliases(canonicalRecord.source, suffix),
      titleCanon: title.canon,
      abstractCanon: abstract.canon,
    },
  };
}
