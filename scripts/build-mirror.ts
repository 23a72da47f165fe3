/**
 * Regenerates the embedded sample mirror under public/mirror/ from the real
 * pith.science data in tests/fixtures/pith/ (copied from ../shared/pith; pass
 * `--from DIR` to read another copy). The output is committed, so a fresh clone
 * runs without ../shared.
 *
 * - The seed record is served exactly as pith.science served it.
 * - Every other record is BUILT from a recovered vector and says so in
 *   `pith_explorer_provenance`; only recovered fields appear (no signature,
 *   alias or citation is invented).
 * - The tree (records and the sharded alias index, which maps arXiv ids, versioned ids, DOIs and
 *   pith_short_* prefixes to suffixes because no arXiv → pith resolve API is known, FORMAT.md §6)
 *   is written by pith-mirror build, as any mirror's would be.
 *
 * Usage: npm run mirror:build [-- --from ../shared/pith] [--out DIR]
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildMirror } from '../src/cli/mirror-build';
import { Keyring } from '../src/core/keyring';
import { formatShort, parsePithNumber } from '../src/core/pith/pith-number';

type Json = Record<string, unknown>;
const args = process.argv.slice(2);
const fromIdx = args.indexOf('--from');
const SRC = fromIdx >= 0 ? args[fromIdx + 1]! : 'tests/fixtures/pith';
const outIdx = args.indexOf('--out');
const OUT = outIdx >= 0 ? args[outIdx + 1]! : 'public/mirror';
const FIRST_600 = 600; // FORMAT.md §3: paper.abstract_excerpt is the first 600 characters

const read = (name: string): unknown => JSON.parse(readFileSync(join(SRC, name), 'utf8'));
const suffixOf = (pithNumber: string): string => {
  const p = parsePithNumber(pithNumber);
  if (!p.ok || p.value.suffix.length !== 26) throw new Error(`bad pith number in source data: ${pithNumber}`);
  return p.value.suffix;
};

interface Vector {
  pith_number: string;
  canonical_sha256: string;
  canonical_record: { source: { id: string; kind: string; version: number }; metadata: Json; schema_version: string } | null;
  title?: string;
  authors_text?: string;
  abstract?: string;
  signature_b64?: string;
  key_id?: string;
  source_url?: string;
}

const records = new Map<string, Json>();
const seedFile = readdirSync(SRC).find((f) => f.endsWith('.record.json'));
if (!seedFile) throw new Error(`no *.record.json in ${SRC}`);
const seedText = readFileSync(join(SRC, seedFile), 'utf8');
const seed = JSON.parse(seedText) as Json;
records.set(suffixOf(seed.pith_number as string), seed);

const graphs = new Map<string, Json>();
for (const f of readdirSync(SRC).filter((f) => f.endsWith('.graph.json'))) graphs.set(f.replace('.graph.json', ''), read(f) as Json);

for (const v of read('vectors.json') as Vector[]) {
  const suffix = suffixOf(v.pith_number);
  if (records.has(suffix)) continue;
  const graph = graphs.get(suffix);
  const paper: Json = graph ? { ...(graph.paper as Json) } : {};
  if (v.title !== undefined) paper.title ??= v.title;
  if (v.authors_text !== undefined) paper.authors_text ??= v.authors_text;
  if (v.abstract !== undefined) paper.abstract_excerpt ??= [...v.abstract].slice(0, FIRST_600).join('');
  const doc: Json = {
    record_type: 'pith_number_record',
    pith_number: v.pith_number,
    short_pith_number: formatShort(suffix),
    ...(v.canonical_record ? { schema_version: v.canonical_record.schema_version } : {}),
    canonical_sha256: v.canonical_sha256,
    ...(v.canonical_record ? { source: v.canonical_record.source } : {}),
    ...(Object.keys(paper).length > 0 ? { paper } : {}),
    ...(v.canonical_record ? { canonical_record: v.canonical_record } : {}),
    ...(v.signature_b64 && v.key_id
      ? { receipt: { kind: 'pith_receipt', key_id: v.key_id, algorithm: 'ed25519', signature_b64: v.signature_b64, signed_message: 'canonical_sha256_bytes', canonical_sha256: v.canonical_sha256 } }
      : {}),
    ...(graph ? { graph_snapshot: graph } : {}),
    pith_explorer_provenance: {
      built: true,
      from: 'vectors.json (recovered from pith.science pages)' + (graph ? ` + ${suffix}.graph.json (as served)` : ''),
      source_url: v.source_url ?? null,
      note: 'Built by pith-explorer from a recovered vector, not served by pith.science: only recovered fields are present; nothing is invented.',
      missing: [
        ...(v.canonical_record ? [] : ['canonical_record']),
        ...(v.signature_b64 ? [] : ['receipt']),
        'aliases',
        'inbound_citations',
        'verification_status',
        ...(v.abstract || graph ? [] : ['abstract']),
      ],
    },
  };
  records.set(suffix, doc);
}

// The documents go through pith-mirror build (src/cli/mirror-build.ts), like any mirror's: each is
// verified, filed under its number, and indexed in the sharded alias index.
const staging = mkdtempSync(join(tmpdir(), 'pith-embedded-'));
for (const [suffix, doc] of records) {
  // The seed is written byte for byte as served; built ones are pretty-printed.
  writeFileSync(join(staging, `${suffix}.json`), doc === seed ? seedText : `${JSON.stringify(doc, null, 2)}\n`);
}
// The seed's open graph bundle and merged state, assembled by scripts/gen-graph-fixtures.py (no real
// one has been seen) and marked as such in pith_explorer_provenance: the "Events and merged state" panel's sample.
const GRAPH = 'tests/fixtures/graph/embedded';
const graphFiles = readdirSync(GRAPH).filter((f) => f.endsWith('.json'));
for (const f of graphFiles) writeFileSync(join(staging, f), readFileSync(join(GRAPH, f)));
rmSync(OUT, { recursive: true, force: true });
const report = await buildMirror([staging], OUT, Keyring.pinned());
rmSync(staging, { recursive: true, force: true });
if (report.refused.length > 0 || report.written !== records.size + graphFiles.length) {
  throw new Error(`the embedded mirror must take every record: ${report.refused.map((r) => `${r.input}: ${r.reason}`).join('; ')}`);
}
writeFileSync(
  join(OUT, 'README.md'),
  `# Embedded sample mirror\n\nGenerated by \`npm run mirror:build\` from real pith.science data (tests/fixtures/pith, copied from ../shared/pith) through \`pith-mirror build\`. Do not edit by hand.\n\n- \`pith/<SUFFIX>.json\`: ${records.size} records; the seed ${seedFile} is byte-for-byte as served, the others are built from recovered vectors and carry \`pith_explorer_provenance\`.\n- \`pith/<SUFFIX>/bundle.json\` and \`state.json\`: the seed's open graph bundle and merged state, assembled by scripts/gen-graph-fixtures.py by FORMAT.md §6 (no real one has been seen) and marked as such in \`pith_explorer_provenance\`.\n- \`alias-index.json\` and \`alias-index/<shard>.json\`: the sharded alias index (docs/MIRROR-FORMAT.md): arXiv id / versioned id / DOI / pith_short_* → suffix, and the record list used for examples.\n`,
);
console.log(`mirror: ${records.size} records, ${report.index.entryCount} aliases in ${report.index.shardCount} shards → ${OUT}`);
