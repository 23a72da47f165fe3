/**
 * `pith-verify --jobs N` (issue 11, "the CLI at scale"): JSON Lines verified by N worker threads.
 * The main thread reads the lines and hands them out in batches; results come back in input order,
 * whatever order the workers finish in, and at most 2 batches per worker are in flight, so memory
 * stays bounded however large the input. Used only for JSON Lines (a .jsonl file, stdin): a single
 * document, or a directory of them, is verified in the main thread (verify-stream.ts).
 */
import { Worker } from 'node:worker_threads';
import type { UserKeySpec } from '../core/user-keys';
import type { EntryJson } from '../core/verify/entry-json';
import type { WorkerBatch } from './verify-worker';

interface Pending {
  resolve: (r: EntryJson[]) => void;
  reject: (e: Error) => void;
}

/** N workers, each started with the keyring's extra keys; `verify` sends a batch to the least busy one. */
export class VerifyPool {
  private readonly workers: { worker: Worker; busy: number }[] = [];
  private readonly pending = new Map<number, Pending>();
  private nextId = 0;

  constructor(jobs: number, workerUrl: URL, keys: readonly UserKeySpec[]) {
    for (let i = 0; i < jobs; i++) {
      const worker = new Worker(workerUrl, { workerData: { keys }, resourceLimits: { maxOldGenerationSizeMb: 128 } });
      const slot = { worker, busy: 0 };
      worker.on('message', (m: { id: number; results?: EntryJson[]; error?: string }) => {
        slot.busy--;
        const p = this.pending.get(m.id);
        this.pending.delete(m.id);
        if (m.results) p?.resolve(m.results);
        else p?.reject(new Error(m.error ?? 'worker failed'));
      });
      // A worker that dies fails every batch in flight: said, never a hang.
      worker.on('error', (e) => this.failAll(e));
      worker.on('exit', (code) => code !== 0 && this.failAll(new Error(`a verify worker exited with code ${code}`)));
      this.workers.push(slot);
    }
  }

  private failAll(e: Error): void {
    for (const p of this.pending.values()) p.reject(e);
    this.pending.clear();
  }

  /** The results of one batch of lines `first`, `first + 1`, … of `file`. */
  verify(file: string, first: number, lines: readonly Uint8Array[]): Promise<EntryJson[]> {
    const ends: number[] = [];
    let total = 0;
    for (const l of lines) ends.push((total += l.length));
    const bytes = new Uint8Array(total);
    lines.forEach((l, i) => bytes.set(l, i === 0 ? 0 : ends[i - 1]!));
    const slot = this.workers.reduce((a, b) => (b.busy < a.busy ? b : a));
    slot.busy++;
    const id = this.nextId++;
    const batch: WorkerBatch = { id, file, first, bytes, ends };
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      slot.worker.postMessage(batch, [bytes.buffer]);
    });
  }

  /** Batches this pool keeps in flight before the reader waits: 2 a worker, so none sits idle. */
  get depth(): number {
    return 2 * this.workers.length;
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.worker.terminate()));
  }
}
