/**
 * "Did you mean…" for pith numbers, from what a mirror's alias index knows: only a suggestion that
 * would resolve is made. A full suffix the index does not know, but whose first 8, 12 or 16
 * characters it does, offers that record (a wrong last character is the usual slip); text with a
 * look-alike character ('0' for 'O', '1' for 'I') is read with the base32 one, and offered only when
 * the index knows the result.
 */
import { parsePithNumber, PREFIX_LENGTHS, SUFFIX_LENGTH } from '../pith/pith-number';
import { isPithSuffix, type AliasReader } from './alias-index';

export interface NearMiss {
  /** The 26-character suffix of the record offered. */
  readonly suffix: string;
  /** Why it is offered, for people: "shares its first 16 characters", "'0' read as 'O'". */
  readonly why: string;
}

const LOOKALIKES: Readonly<Record<string, string>> = { '0': 'O', '1': 'I', '8': 'B', '9': 'G' };

/** The one suffix a key names; a key several records share is no suggestion. */
async function one(read: AliasReader, key: string): Promise<string | null> {
  const v = await read(key);
  return isPithSuffix(v) ? v : null;
}

/** The full suffix the index knows for a suffix or prefix, or null. */
async function known(read: AliasReader, suffix: string): Promise<string | null> {
  if (suffix.length === SUFFIX_LENGTH) return (await one(read, `pith_short_8:${suffix.slice(0, 8)}`)) === suffix ? suffix : null;
  return one(read, `pith_short_${suffix.length}:${suffix}`);
}

/** The longest published prefix (16, 12, 8) of `suffix` that the index knows for another record. */
async function byPrefix(read: AliasReader, suffix: string): Promise<{ suffix: string; n: number } | null> {
  for (const n of [...PREFIX_LENGTHS].filter((l) => l < SUFFIX_LENGTH && l <= suffix.length).sort((a, b) => b - a)) {
    const hit = await one(read, `pith_short_${n}:${suffix.slice(0, n)}`);
    if (hit && hit !== suffix) return { suffix: hit, n };
  }
  return null;
}

/**
 * The base32 suffix the text was probably meant to hold: what parsePithNumber reads, or else the part
 * after the last ':' with separators dropped, upper-cased and look-alike characters read as base32,
 * if that is 8 to 32 base32 characters (a suffix one character short or long is still a near miss).
 */
function suffixCandidate(input: string): { suffix: string; swapped: string[] } | null {
  const parsed = parsePithNumber(input);
  if (parsed.ok) return { suffix: parsed.value.suffix, swapped: [] };
  const text = input.trim();
  // Only the suffix: the year before the last ':' is digits by right.
  const tail = text.slice(text.lastIndexOf(':') + 1).replace(/[\s-]/g, '').toUpperCase();
  const swapped = [...new Set([...tail].filter((c) => LOOKALIKES[c]))];
  const suffix = [...tail].map((c) => LOOKALIKES[c] ?? c).join('');
  return /^[A-Z2-7]{8,32}$/.test(suffix) ? { suffix, swapped } : null;
}

/** Records the index knows that the typed text was probably meant to name; empty when it names one already. */
export async function nearMisses(read: AliasReader, input: string): Promise<NearMiss[]> {
  const c = suffixCandidate(input);
  if (!c) return [];
  const lookalikes = c.swapped.map((ch) => `'${ch}' read as '${LOOKALIKES[ch]}'`).join(', ');
  const exact = (PREFIX_LENGTHS as readonly number[]).includes(c.suffix.length) || c.suffix.length === SUFFIX_LENGTH ? await known(read, c.suffix) : null;
  if (exact) return c.swapped.length > 0 ? [{ suffix: exact, why: lookalikes }] : [];
  // A prefix the user typed that the index does not know is no near miss of a longer one.
  if (c.suffix.length < SUFFIX_LENGTH - 1) return [];
  const hit = await byPrefix(read, c.suffix);
  if (!hit) return [];
  const shares = `shares its first ${hit.n} characters with what you typed`;
  return [{ suffix: hit.suffix, why: lookalikes ? `${shares} (${lookalikes})` : shares }];
}
