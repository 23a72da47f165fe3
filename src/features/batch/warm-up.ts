/**
 * What the batch workers verify once, before any user data, so V8 has compiled the verification
 * code (Maglev, then TurboFan) before a batch starts instead of during it: measured in headless
 * Chromium 156 on 2 cores, compiling during a 20,000-record batch took ~0.35 s of CPU.
 *
 * The documents are the embedded mirror's seed record (public/mirror, served by pith.science byte
 * for byte and signed by the pinned key), as served and cut down to the parts a partial record in
 * the wild carries (FORMAT.md §5: many records have no graph, citations or status flags), so both
 * shapes have been seen. Nothing here is fetched: the seed is bundled into the worker.
 */
import seedText from '../../../public/mirror/pith/UTTGU3KIYM6JKD6ALUV7A7CX74.json?raw';

const PARTIAL_FIELDS = ['record_type', 'pith_number', 'short_pith_number', 'schema_version', 'canonical_sha256', 'source', 'paper', 'canonical_record', 'receipt'];

/** JSONL: the seed as served, then cut down to a partial record, `rounds` times over. */
export function warmUpLines(rounds: number): string {
  const seed = JSON.parse(seedText) as Record<string, unknown>;
  const partial = Object.fromEntries(PARTIAL_FIELDS.filter((k) => k in seed).map((k) => [k, k === 'paper' ? { title: (seed.paper as { title?: unknown }).title } : seed[k]]));
  const pair = `${JSON.stringify(seed)}\n${JSON.stringify(partial)}`;
  return Array.from({ length: rounds }, () => pair).join('\n');
}
