/** A module of its own, with no imports: the deep link's first verdict draws it before the verifier's modules arrive. */

/**
 * The sentence that leads the mismatches on a record page, before its verdict: the verdict is about
 * the record that came, not about what was asked for. A wrong paper served for an arXiv id (by an
 * unsigned alias index) read as "✓ Verified" with one line beneath (an attacker pass, 2026-12-03).
 */
export function mismatchLead(pithNumber: string | null): string {
  return `Not the record you asked for. The verdict below is about ${pithNumber ?? 'this document'} and says nothing about what you asked for.`;
}
