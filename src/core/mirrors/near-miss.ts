/**
 * "Did you mean…" for pith numbers, from what a mirror's alias index knows: only a suggestion that
 * would resolve is made. A full suffix the index does not know, but whose first 8, 12 or 16
 * characters it does, offers that record (a wrong last character is the usual slip); text with a
 * look-alike character ('0' for 'O', '1' for 'I') is read with the base32 one, and offered only when
 * the index knows the result.
 */
import { parsePithNumber, PREFIX_LENGTHS, SUFFIX_LENGTH } from '../pith/pith-number';
import type { AliasIndex } from './alias-index';

export interface NearMiss {
  /** The 26-character suffix of the record offered. */
  readonly suffix: string;
  /** Why it is offered, for people: "shares its first 16 characters", "'0' read as 'O'". */
  readonly why: string;
}

const LOOKALIKES: Readonly<Record<string, string>> = { '0': 'O', '1': 'I', '8': 'B', '9': 'G' };

/** The full suffix the index knows for a suffix or prefix, or null. */
function known(index: AliasIndex, suffix: string): string | null {
  if (suffix.length === SUFFIX_LENGTH) return index.aliases[`pith_short_8:${suffix.slice(0, 8)}`] === suffix ? suffix : null;
  return index.aliases[`pith_short_${suffix.length}:${suffix}`] ?? null;
}

/** Records the index knows that the typed text was probably meant to name; empty when it names one already. */
export function nearMisses(index: AliasIndex, input: string): NearMiss[] {
  const parsed = parsePithNumber(input);
  if (parsed.ok) {
    const s = parsed.value.suffix;
    if (known(index, s)) return [];
    if (s.length !== SUFFIX_LENGTH) return [];
    // The longest published prefix the index knows for another record.
    for (const n of [...PREFIX_LENGTHS].filter((l) => l < SUFFIX_LENGTH).sort((a, b) => b - a)) {
      const hit = index.aliases[`pith_short_${n}:${s.slice(0, n)}`];
      if (hit && hit !== s) return [{ suffix: hit, why: `shares its first ${n} characters with what you typed` }];
    }
    return [];
  }
  // Read look-alike characters as the base32 ones they stand for, and offer the result only if it resolves.
  // Only the suffix: the year before the last ':' is digits by right.
  const text = input.trim();
  const cut = text.lastIndexOf(':') + 1;
  const tail = text.slice(cut);
  const swapped = text.slice(0, cut) + [...tail].map((c) => LOOKALIKES[c] ?? c).join('');
  if (swapped === text) return [];
  const again = parsePithNumber(swapped);
  if (!again.ok) return [];
  const hit = known(index, again.value.suffix);
  if (!hit) return [];
  const changed = [...new Set([...tail].filter((c) => LOOKALIKES[c]))].map((c) => `'${c}' read as '${LOOKALIKES[c]}'`).join(', ');
  return [{ suffix: hit, why: changed }];
}
