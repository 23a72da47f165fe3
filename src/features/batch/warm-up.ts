/**
 * What the batch workers verify once, before any user data, so V8 has compiled the verification
 * code (to Maglev) before a batch starts instead of during it. Measured in headless Chromium 156 on
 * 2 cores, 50,000 records: 18,400 records/s without it, 20,100 with 3,000 records a worker. TurboFan
 * still tiers up 0.6–0.8 s into a batch however long the warm-up (tried up to 6,000 records).
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
