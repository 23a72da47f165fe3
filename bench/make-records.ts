/**
 * Deterministic generator of N signed pith records for the benchmark (JSONL, one record a line).
 *
 * Every record is the seed record's canonical_record (tests/fixtures/pith/UTTGU3KIYM6JKD6ALUV7A7CX74)
 * with its own source.id (`2501.00001`, …) and title (so its own title_canon_sha256), hashed with the
 * project's core (canonicalJson, sha256, suffixFromDigest, formatFull) and signed over the 32 digest
 * bytes (FORMAT.md §4) by BENCH_KEY.
 *
 * BENCH_KEY IS A TEST KEY WHOSE PRIVATE SEED IS PUBLISHED RIGHT HERE. It exists only so the benchmark
 * has records whose signatures verify. It must never be trusted outside the benchmark: it is never in
 * the app's pinned keyring, and the benchmark adds it to a keyring (or to the seeded settings of a
 * throwaway browser profile) only for its own run.
 *
 * Usage: tsx bench/make-records.ts [N] [out.jsonl]
 */
import * as ed from '@noble/ed25519';
import { sha512 } from '@noble/hashes/sha2.js';
import { createPrivateKey, createPublicKey, sign, verify, type KeyObject } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { toBase64, toHex } from '../src/core/bytes';
import { sha256 } from '../src/core/crypto/sha256';
import { canonicalJson } from '../src/core/json/canonical-json';
import type { JsonValue } from '../src/core/json/json-value';
import { formatFull, formatShort, suffixFromDigest, yearFromSubmittedAt } from '../src/core/pith/pith-number';
import { textCanonSha256 } from '../src/core/text/text-canon';

ed.hashes.sha512 = sha512;

const HERE = dirname(fileURLToPath(import.meta.url));
export const ROOT = resolve(HERE, '..');
export const TMP_DIR = resolve(HERE, '.tmp');
export const RECORDS_PATH = resolve(TMP_DIR, 'records.jsonl');
export const DEFAULT_RECORDS = 50_000;
/** Bump when the record layout changes, so a cached file from an older layout is regenerated. */
const GENERATOR_VERSION = 1;

/** Key id of the bench-only test key. Never add it to a keyring outside the benchmark. */
export const BENCH_KEY_ID = 'bench-only-test-key';
/** The fixed 32-byte Ed25519 seed: the ASCII bytes of "bench-only-test-key-do-not-trust". Public on purpose. */
const BENCH_SEED = new TextEncoder().encode('bench-only-test-key-do-not-trust');

export interface BenchKey {
  readonly keyId: string;
  /** Raw 32-byte public key, hex (what the keyring and the settings panel take). */
  readonly publicKeyHex: string;
  readonly publicKey: Uint8Array;
  /** node KeyObjects from the same seed: the private one signs inputs fast, the public one is the native verify path. */
  readonly privateKeyObject: KeyObject;
  readonly publicKeyObject: KeyObject;
}

// PKCS#8 wrapping of a raw Ed25519 seed (RFC 8410 §7): SEQUENCE { 0, AlgorithmIdentifier id-Ed25519, OCTET STRING { OCTET STRING seed } }.
const PKCS8_ED25519_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');

export function benchKey(): BenchKey {
  if (BENCH_SEED.length !== 32) throw new Error('bench key seed must be 32 bytes');
  const publicKey = ed.getPublicKey(BENCH_SEED);
  const privateKeyObject = createPrivateKey({ key: Buffer.concat([PKCS8_ED25519_PREFIX, BENCH_SEED]), format: 'der', type: 'pkcs8' });
  const publicKeyObject = createPublicKey(privateKeyObject);
  // Both libraries must derive the same key from the seed, or the records would be signed by another key.
  const nodeRaw = publicKeyObject.export({ format: 'jwk' }).x;
  if (nodeRaw !== Buffer.from(publicKey).toString('base64url')) throw new Error('bench key: node and noble derive different public keys from the seed');
  return { keyId: BENCH_KEY_ID, publicKeyHex: toHex(publicKey), publicKey, privateKeyObject, publicKeyObject };
}

interface SeedRecord {
  canonical_record: { source: { id: string; kind: string; version: number }; metadata: Record<string, JsonValue>; schema_version: string };
}

function seedCanonicalRecord(): SeedRecord['canonical_record'] {
  const text = readFileSync(resolve(ROOT, 'tests/fixtures/pith/UTTGU3KIYM6JKD6ALUV7A7CX74.record.json'), 'utf8');
  return (JSON.parse(text) as SeedRecord).canonical_record;
}

/** `2501.00001` … `2501.99999`, then `2502.00000` …: distinct new-style arXiv ids for any N < 1.2M. */
function sourceId(i: number): string {
  const n = i + 1;
  const month = 1 + Math.floor(n / 100_000);
  return `25${String(month).padStart(2, '0')}.${String(n % 100_000).padStart(5, '0')}`;
}

const WORDS = ['Stochastic', 'Gradient', 'Bayesian', 'Inference', 'Sparse', 'Attention', 'Manifold', 'Kernel', 'Quantum', 'Lattice', 'Graph', 'Spectral', 'Variational', 'Robust', 'Causal', 'Diffusion'];

function title(i: number): string {
  const w = (k: number) => WORDS[(i * 7 + k * 5 + Math.floor(i / 16)) % WORDS.length]!;
  return `${w(0)} ${w(1)} for ${w(2)} ${w(3)}: benchmark record ${i + 1}`;
}

/** One record document as a JSONL line, and its digest and signature (for the raw signature benchmark). */
export interface MadeRecord {
  readonly line: string;
  readonly digest: Uint8Array;
  readonly signature: Uint8Array;
}

export function makeRecord(i: number, key: BenchKey, base = seedCanonicalRecord()): MadeRecord {
  const paperTitle = title(i);
  const titleHash = textCanonSha256(paperTitle);
  if (!titleHash.ok) throw new Error(titleHash.error.message);
  const canonical_record = {
    ...base,
    source: { ...base.source, id: sourceId(i) },
    metadata: { ...base.metadata, title_canon_sha256: toHex(titleHash.value) },
  };
  const canonical = canonicalJson(canonical_record as JsonValue);
  if (!canonical.ok) throw new Error(canonical.error.message);
  const digest = sha256(canonical.value.bytes);
  const digestHex = toHex(digest);
  const suffix = suffixFromDigest(digest);
  const year = yearFromSubmittedAt(String(base.metadata.submitted_at));
  if (year === null) throw new Error('seed record has no submission year');
  const signature = new Uint8Array(sign(null, digest, key.privateKeyObject));
  const record = {
    record_type: 'pith_number_record',
    pith_number: formatFull(year, suffix),
    short_pith_number: formatShort(suffix),
    schema_version: '1.0',
    canonical_sha256: digestHex,
    source: canonical_record.source,
    paper: { title: paperTitle },
    canonical_record,
    receipt: {
      kind: 'pith_receipt',
      key_id: key.keyId,
      algorithm: 'ed25519',
      signature_b64: toBase64(signature),
      signed_message: 'canonical_sha256_bytes',
      canonical_sha256: digestHex,
    },
  };
  return { line: JSON.stringify(record), digest, signature };
}

export interface RecordSet {
  readonly path: string;
  readonly count: number;
  readonly bytes: number;
  readonly generatedMs: number;
  readonly reused: boolean;
}

interface Meta {
  version: number;
  count: number;
  publicKeyHex: string;
  bytes: number;
}

/**
 * Writes N records to `path` (bench/.tmp/records.jsonl). The output is deterministic, so a file made
 * earlier by the same generator version for the same N and key is reused.
 */
export function writeRecords(count: number, key: BenchKey, path = RECORDS_PATH): RecordSet {
  const metaPath = `${path}.meta.json`;
  try {
    const meta = JSON.parse(readFileSync(metaPath, 'utf8')) as Meta;
    const size = readFileSync(path).length;
    if (meta.version === GENERATOR_VERSION && meta.count === count && meta.publicKeyHex === key.publicKeyHex && meta.bytes === size) {
      return { path, count, bytes: size, generatedMs: 0, reused: true };
    }
  } catch {
    /* no usable cache: generate */
  }
  const t0 = performance.now();
  const base = seedCanonicalRecord();
  const lines: string[] = [];
  for (let i = 0; i < count; i++) {
    const r = makeRecord(i, key, base);
    if (i === 0) selfCheck(r, key);
    lines.push(r.line);
  }
  const text = lines.join('\n') + '\n';
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(`${path}.tmp`, text);
  renameSync(`${path}.tmp`, path);
  const bytes = Buffer.byteLength(text);
  writeFileSync(metaPath, JSON.stringify({ version: GENERATOR_VERSION, count, publicKeyHex: key.publicKeyHex, bytes } satisfies Meta));
  return { path, count, bytes, generatedMs: performance.now() - t0, reused: false };
}

/** Ed25519 is deterministic: node's signature must equal noble's for the same seed and message, and verify. */
function selfCheck(r: MadeRecord, key: BenchKey): void {
  const noble = ed.sign(r.digest, BENCH_SEED);
  if (toHex(noble) !== toHex(r.signature)) throw new Error('bench key: node and noble signatures differ');
  if (!verify(null, r.digest, key.publicKeyObject, r.signature)) throw new Error('bench key: signature does not verify');
}

/** Digests and signatures of the first `count` records, without writing anything (raw signature benchmark). */
export function signedDigests(count: number, key: BenchKey): { digests: Uint8Array[]; signatures: Uint8Array[] } {
  const base = seedCanonicalRecord();
  const digests: Uint8Array[] = [];
  const signatures: Uint8Array[] = [];
  for (let i = 0; i < count; i++) {
    const r = makeRecord(i, key, base);
    digests.push(r.digest);
    signatures.push(r.signature);
  }
  return { digests, signatures };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const n = Number(process.argv[2] ?? DEFAULT_RECORDS);
  if (!Number.isInteger(n) || n < 1) throw new Error(`usage: tsx bench/make-records.ts [N] [out.jsonl]; got N=${process.argv[2]}`);
  const set = writeRecords(n, benchKey(), process.argv[3] ? resolve(process.argv[3]) : RECORDS_PATH);
  console.log(`${set.reused ? 'reused' : 'wrote'} ${set.count} records (${(set.bytes / 1e6).toFixed(1)} MB) to ${set.path}${set.reused ? '' : ` in ${(set.generatedMs / 1000).toFixed(1)} s`}`);
}
