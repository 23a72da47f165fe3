/**
 * Bundled by bench/browser-bench.ts with esbuild into one classic script that runs in two roles:
 *  - in a page, it defines `window.benchCore(text, keyHex, workers)`: splits JSONL text into chunks
 *    and verifies them in a pool of Web Workers (the core alone, no UI), timing the whole batch;
 *  - in a Worker (the same script, loaded by the pool), it verifies each chunk it is sent with
 *    verifyText(…, backend 'webcrypto') and answers with the verdict tally.
 * The keyring is the pinned one plus the bench-only test key, built here for the benchmark alone.
 */
import { webCryptoEd25519Available } from '../src/core/crypto/ed25519';
import type { Keyring } from '../src/core/keyring';
import { buildKeyring } from '../src/core/user-keys';
import { verifyText } from '../src/core/verify/verify-document';
import { loadFastSha256 } from '../src/core/crypto/sha256';

// The WebAssembly SHA-256 for this worker's many records (sha256.ts: the page itself never loads it).
void loadFastSha256();

const BENCH_KEY_ID = 'bench-only-test-key';

type Tally = Record<string, number>;
type ToWorker = { type: 'init'; keyHex: string } | { type: 'chunk'; id: number; text: string };
type FromWorker = { type: 'ready'; webcrypto: boolean; error?: string } | { type: 'done'; id: number; tally: Tally; error?: string };

export interface CoreRun {
  readonly workers: number;
  readonly records: number;
  readonly chunks: number;
  readonly ms: number;
  readonly perSecond: number;
  readonly tally: Tally;
}

function addTally(into: Tally, from: Tally): void {
  for (const [k, v] of Object.entries(from)) into[k] = (into[k] ?? 0) + v;
}

function workerMain(): void {
  const scope = self as unknown as { onmessage: ((e: MessageEvent<ToWorker>) => void) | null; postMessage(m: FromWorker): void };
  let keyring: Keyring | null = null;
  scope.onmessage = (e) => {
    const msg = e.data;
    if (msg.type === 'init') {
      const built = buildKeyring([{ keyId: BENCH_KEY_ID, publicKey: msg.keyHex }]);
      keyring = built.keyring;
      void webCryptoEd25519Available().then((webcrypto) =>
        scope.postMessage({ type: 'ready', webcrypto, ...(built.errors[0] ? { error: built.errors[0].error.message } : {}) }),
      );
      return;
    }
    const ring = keyring;
    if (ring === null) {
      scope.postMessage({ type: 'done', id: msg.id, tally: {}, error: 'chunk before init' });
      return;
    }
    verifyText(msg.text, { keyring: ring, backend: 'webcrypto' }).then(
      (entries) => {
        const tally: Tally = {};
        for (const entry of entries) {
          const k = entry.report?.verdict ?? `error:${entry.error?.code ?? 'unknown'}`;
          tally[k] = (tally[k] ?? 0) + 1;
        }
        scope.postMessage({ type: 'done', id: msg.id, tally });
      },
      (err: unknown) => scope.postMessage({ type: 'done', id: msg.id, tally: {}, error: String(err) }),
    );
  };
}

class Pool {
  private constructor(private readonly workers: Worker[]) {}

  static async start(scriptUrl: string, size: number, keyHex: string): Promise<Pool> {
    const workers = Array.from({ length: size }, () => new Worker(scriptUrl));
    await Promise.all(
      workers.map(
        (w) =>
          new Promise<void>((resolve, reject) => {
            w.onerror = (e) => reject(new Error(`worker failed to start: ${e.message}`));
            w.onmessage = (e: MessageEvent<FromWorker>) => {
              const m = e.data;
              if (m.type !== 'ready') return;
              if (m.error) reject(new Error(m.error));
              else if (!m.webcrypto) reject(new Error('WebCrypto Ed25519 is not available in this worker'));
              else resolve();
            };
            w.postMessage({ type: 'init', keyHex } satisfies ToWorker);
          }),
      ),
    );
    return new Pool(workers);
  }

  /** Each worker takes the next chunk when it finishes one (no worker idles while chunks remain). */
  run(chunks: readonly string[]): Promise<Tally> {
    const tally: Tally = {};
    let next = 0;
    return new Promise((resolve, reject) => {
      let busy = 0;
      const feed = (w: Worker) => {
        if (next >= chunks.length) {
          if (busy === 0) resolve(tally);
          return;
        }
        const id = next++;
        busy++;
        w.postMessage({ type: 'chunk', id, text: chunks[id]! } satisfies ToWorker);
      };
      for (const w of this.workers) {
        w.onerror = (e) => reject(new Error(`worker error: ${e.message}`));
        w.onmessage = (e: MessageEvent<FromWorker>) => {
          const m = e.data;
          if (m.type !== 'done') return;
          busy--;
          if (m.error) {
            reject(new Error(m.error));
            return;
          }
          addTally(tally, m.tally);
          feed(w);
        };
      }
      for (const w of this.workers) feed(w);
      if (chunks.length === 0) resolve(tally);
    });
  }

  stop(): void {
    for (const w of this.workers) w.terminate();
  }
}

function chunkLines(text: string, size: number): string[] {
  const lines = text.split('\n').filter((l) => l !== '');
  const out: string[] = [];
  for (let i = 0; i < lines.length; i += size) out.push(lines.slice(i, i + size).join('\n'));
  return out;
}

function pageMain(): void {
  const scriptUrl = (document.currentScript as HTMLScriptElement | null)?.src;
  if (!scriptUrl) throw new Error('browser-core-entry: load me with a <script src>, so workers can load me too');
  const w = window as unknown as { benchCore: (text: string, keyHex: string, workers?: number, chunkSize?: number) => Promise<CoreRun> };
  w.benchCore = async (text, keyHex, workers = navigator.hardwareConcurrency || 2, chunkSize = 1000) => {
    const pool = await Pool.start(scriptUrl, workers, keyHex);
    try {
      // Warm-up, not timed: JIT, WebCrypto key import and the key's decoding cache in every worker.
      const head = text.slice(0, text.lastIndexOf('\n', 400_000) + 1);
      const warm = chunkLines(head, 100).slice(0, workers * 2);
      await pool.run(warm);
      const t0 = performance.now();
      const chunks = chunkLines(text, chunkSize);
      const tally = await pool.run(chunks);
      const ms = performance.now() - t0;
      const records = Object.values(tally).reduce((a, b) => a + b, 0);
      return { workers, records, chunks: chunks.length, ms, perSecond: ((tally.verified ?? 0) / ms) * 1000, tally };
    } finally {
      pool.stop();
    }
  };
}

if (typeof document === 'undefined') workerMain();
else pageMain();
