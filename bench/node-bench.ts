/**
 * Node measurements: the core pipeline (verifyText: parse, canonical JSON, SHA-256, Ed25519) with
 * each Ed25519 backend, and the signature step alone with node's native crypto.verify, noble and
 * node's WebCrypto. Every measured verification must come out valid, or the run fails: a benchmark
 * that verifies nothing measures nothing.
 */
import { verify as nodeVerify } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { verifyEd25519, verifyEd25519Noble, type Ed25519Backend } from '../src/core/crypto/ed25519';
import type { Keyring } from '../src/core/keyring';
import { buildKeyring } from '../src/core/user-keys';
import { verifyText } from '../src/core/verify/verify-document';
import { loadFastSha256 } from '../src/core/crypto/sha256';
import { BENCH_KEY_ID, signedDigests, type BenchKey } from './make-records';

export interface Throughput {
  readonly label: string;
  /** Items measured (records or signatures). */
  readonly count: number;
  readonly ms: number;
  readonly perSecond: number;
}

export interface NodeResults {
  readonly pipelineWebcrypto: Throughput;
  readonly pipelineNoble: Throughput;
  readonly nativeVerifySync: Throughput;
  readonly nativeVerifyAsync: Throughput;
  readonly webcryptoVerify: Throughput;
  readonly nobleVerify: Throughput;
  readonly ratios: {
    /** node crypto.verify (synchronous, one core) ÷ verifyEd25519Noble. */
    readonly nativeOverNoble: number;
    /** verifyEd25519 'webcrypto' (64 in flight) ÷ verifyEd25519Noble. */
    readonly webcryptoOverNoble: number;
    /** verifyText 'webcrypto' ÷ verifyText 'noble', records/s. */
    readonly pipelineWebcryptoOverNoble: number;
  };
}

export interface NodeBenchOptions {
  readonly recordsPath: string;
  /** Records measured with the webcrypto pipeline (all of the file). */
  readonly records: number;
  /** Records measured with the noble pipeline (a prefix of the file; noble is ~10× slower). */
  readonly nobleRecords: number;
  /** Signatures for the raw signature benchmarks. */
  readonly signatures: number;
  readonly nobleSignatures: number;
  readonly chunkLines: number;
  readonly inFlight: number;
  readonly log: (line: string) => void;
}

const throughput = (label: string, count: number, ms: number): Throughput => ({ label, count, ms, perSecond: (count / ms) * 1000 });

function chunks(lines: readonly string[], size: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; i += size) out.push(lines.slice(i, i + size).join('\n'));
  return out;
}

class VerificationFailure extends Error {}

/** verifyText over the chunks, one after another; throws unless every record is 'verified'. */
async function pipeline(label: string, texts: readonly string[], expected: number, keyring: Keyring, backend: Ed25519Backend): Promise<Throughput> {
  const tally = new Map<string, number>();
  const t0 = performance.now();
  for (const text of texts) {
    for (const entry of await verifyText(text, { keyring, backend })) {
      const outcome = entry.report?.verdict ?? `error:${entry.error?.code ?? 'unknown'}`;
      tally.set(outcome, (tally.get(outcome) ?? 0) + 1);
    }
  }
  const ms = performance.now() - t0;
  const verified = tally.get('verified') ?? 0;
  if (verified !== expected || tally.size !== 1) {
    throw new VerificationFailure(`${label}: expected ${expected} verified records, got ${JSON.stringify(Object.fromEntries(tally))}`);
  }
  return throughput(label, verified, ms);
}

function requireAll(label: string, valid: number, expected: number): void {
  if (valid !== expected) throw new VerificationFailure(`${label}: expected ${expected} valid signatures, got ${valid}`);
}

/** Runs `fn` over indices 0..n-1 with at most `inFlight` pending; returns how many resolved true. */
async function pooled(n: number, inFlight: number, fn: (i: number) => Promise<boolean>): Promise<number> {
  let next = 0;
  let valid = 0;
  const lane = async () => {
    while (next < n) {
      const i = next++;
      if (await fn(i)) valid++;
    }
  };
  await Promise.all(Array.from({ length: Math.min(inFlight, n) }, lane));
  return valid;
}

export async function runNodeBench(key: BenchKey, o: NodeBenchOptions): Promise<NodeResults> {
  await loadFastSha256(); // as the CLI and the workers do (the core no longer loads it itself)
  const { keyring, errors } = buildKeyring([{ keyId: BENCH_KEY_ID, publicKey: key.publicKeyHex, note: 'bench-only test key: never trust outside the benchmark' }]);
  if (errors.length > 0) throw new Error(`bench key refused by the keyring: ${errors[0]!.error.message}`);

  const lines = readFileSync(o.recordsPath, 'utf8').split('\n').filter((l) => l !== '');
  if (lines.length < o.records) throw new Error(`${o.recordsPath} holds ${lines.length} records, need ${o.records}`);
  const all = lines.slice(0, o.records);
  const nobleLines = all.slice(0, o.nobleRecords);

  // Warm-up (JIT, key import and decoding caches), not timed.
  const warm = chunks(all.slice(0, 500), 250);
  await pipeline('warm-up webcrypto', warm, Math.min(500, all.length), keyring, 'webcrypto');
  await pipeline('warm-up noble', warm.slice(0, 1), Math.min(250, all.length), keyring, 'noble');

  o.log(`  pipeline, webcrypto backend: ${all.length} records in chunks of ${o.chunkLines}…`);
  const pipelineWebcrypto = await pipeline('verifyText webcrypto', chunks(all, o.chunkLines), all.length, keyring, 'webcrypto');
  o.log(`  pipeline, noble backend: ${nobleLines.length} records…`);
  const pipelineNoble = await pipeline('verifyText noble', chunks(nobleLines, o.chunkLines), nobleLines.length, keyring, 'noble');

  const { digests, signatures } = signedDigests(o.signatures, key);
  const pub = key.publicKey;
  const n = digests.length;
  const nNoble = Math.min(o.nobleSignatures, n);
  o.log(`  signature only: ${n} signatures (noble: ${nNoble})…`);

  // Warm-up of each signature path.
  for (let i = 0; i < Math.min(200, n); i++) {
    nodeVerify(null, digests[i]!, key.publicKeyObject, signatures[i]!);
    verifyEd25519Noble(signatures[i]!, digests[i]!, pub);
    await verifyEd25519(signatures[i]!, digests[i]!, pub, { backend: 'webcrypto' });
  }

  let t0 = performance.now();
  let valid = 0;
  for (let i = 0; i < n; i++) if (nodeVerify(null, digests[i]!, key.publicKeyObject, signatures[i]!)) valid++;
  const nativeVerifySync = throughput('node crypto.verify (sync)', valid, performance.now() - t0);
  requireAll(nativeVerifySync.label, valid, n);

  t0 = performance.now();
  valid = await pooled(n, o.inFlight, (i) => new Promise<boolean>((res, rej) => nodeVerify(null, digests[i]!, key.publicKeyObject, signatures[i]!, (e, ok) => (e ? rej(e) : res(ok)))));
  const nativeVerifyAsync = throughput(`node crypto.verify (callback, ${o.inFlight} in flight)`, valid, performance.now() - t0);
  requireAll(nativeVerifyAsync.label, valid, n);

  t0 = performance.now();
  valid = await pooled(n, o.inFlight, async (i) => (await verifyEd25519(signatures[i]!, digests[i]!, pub, { backend: 'webcrypto' })).valid);
  const webcryptoVerify = throughput(`verifyEd25519 webcrypto (${o.inFlight} in flight)`, valid, performance.now() - t0);
  requireAll(webcryptoVerify.label, valid, n);

  t0 = performance.now();
  valid = 0;
  for (let i = 0; i < nNoble; i++) if (verifyEd25519Noble(signatures[i]!, digests[i]!, pub)) valid++;
  const nobleVerify = throughput('verifyEd25519Noble', valid, performance.now() - t0);
  requireAll(nobleVerify.label, valid, nNoble);

  return {
    pipelineWebcrypto,
    pipelineNoble,
    nativeVerifySync,
    nativeVerifyAsync,
    webcryptoVerify,
    nobleVerify,
    ratios: {
      nativeOverNoble: nativeVerifySync.perSecond / nobleVerify.perSecond,
      webcryptoOverNoble: webcryptoVerify.perSecond / nobleVerify.perSecond,
      pipelineWebcryptoOverNoble: pipelineWebcrypto.perSecond / pipelineNoble.perSecond,
    },
  };
}
