/**
 * `pith-verify --jobs N` (issue 11, "the CLI at scale"): JSON Lines verified by N worker threads.
 * The main thread reads the lines and hands them out in batches; results come back in input order,
 * whatever order the workers finish in, and at most 2 batches per worker are in flight, so memory
 * stays bounded however large the input. Used only for JSON Lines (a .jsonl file, stdin): a single
 * document, or a directory of them, is verified in the main thread (verify-stream.ts).
 *
 * A worker's heap is capped (128 MB old space, 16 MB young), so 2 of them stay under the 300 MB bound
 * of issue 11. Measured 2026-12-01 on the 2-core host, `--jobs 2`, peak RSS and wall time, on 4,000
 * 30 KB lines and on 50,000 bench records:
 *  - young space uncapped (~32 MB): 269–281 MB, 2.4–3.6 s; 260–271 MB, 7.3–8.1 s;
 *  - capped at 16 MB: 237–242 MB, 2.8–3.6 s; 217–223 MB, 9.0–9.5 s;
 *  - capped at 8 MB: 201–220 MB, 3.4 s; 196–203 MB, 9.3–9.6 s.
 * The old-space cap alone (64–128 MB) changed neither; 16 MB keeps the bound with room.
 *
 * A line that needs more (a hostile 4 MB array of 2,000,000 numbers did) kills its worker: the
 * batches it held are then verified in the main thread, whose heap is not capped, and a new worker
 * takes its place. The results are the same as with `--jobs 1`, only slower.
 */
import { Worker } from 'node:worker_threads';
import type { Keyring } from '../core/keyring';
import type { UserKeySpec } from '../core/user-keys';
import type { EntryJson } from '../core/verify/entry-json';
import { verifyLines } from './verify-lines';
import type { WorkerBatch } from './verify-worker';

interface Pending {
  readonly slot: Slot;
  readonly file: string;
  readonly first: number;
  readonly lines: readonly Uint8Array[];
  readonly resolve: (r: EntryJson[]) => void;
  readonly reject: (e: Error) => void;
}

interface Slot {
  worker: Worker;
  busy: number;
  dead: boolean;
}

/** Worker deaths after which the pool stops replacing them and verifies the rest in the main thread. */
const MAX_RESTARTS = 8;

/** N workers, each started with the keyring's extra keys; `verify` sends a batch to the least busy one. */
export class VerifyPool {
  private readonly slots: Slot[] = [];
  private readonly pending = new Map<number, Pending>();
  private nextId = 0;
  private restarts = 0;
  private closing = false;

  constructor(
    jobs: number,
    private readonly workerUrl: URL,
    private readonly keys: readonly UserKeySpec[],
    /** The main thread's keyring (the same keys): what a dead worker's batches are verified with. */
    private readonly keyring: Keyring,
  ) {
    for (let i = 0; i < jobs; i++) this.slots.push(this.start());
  }

  private start(): Slot {
    const worker = new Worker(this.workerUrl, { workerData: { keys: this.keys }, resourceLimits: { maxOldGenerationSizeMb: 128, maxYoungGenerationSizeMb: 16 } });
    const slot: Slot = { worker, busy: 0, dead: false };
    worker.on('message', (m: { id: number; results?: EntryJson[]; error?: string }) => {
      const p = this.pending.get(m.id);
      if (!p) return;
      this.pending.delete(m.id);
      slot.busy--;
      if (m.results) p.resolve(m.results);
      else this.inThread(p);
    });
    // A worker that dies (out of memory, say) hands its batches to the main thread: never a hang, never lost lines.
    worker.on('error', () => this.died(slot));
    worker.on('exit', () => this.died(slot));
    return slot;
  }

  private died(slot: Slot): void {
    if (slot.dead || this.closing) return;
    slot.dead = true;
    for (const [id, p] of this.pending) {
      if (p.slot !== slot) continue;
      this.pending.delete(id);
      this.inThread(p);
    }
    const i = this.slots.indexOf(slot);
    if (i >= 0) {
      if (this.restarts++ < MAX_RESTARTS) this.slots[i] = this.start();
      else this.slots.splice(i, 1);
    }
  }

  private inThread(p: Pending): void {
    verifyLines(p.file, p.first, p.lines, this.keyring).then(p.resolve, p.reject);
  }

  /** The results of one batch of lines `first`, `first + 1`, … of `file`. */
  verify(file: string, first: number, lines: readonly Uint8Array[]): Promise<EntryJson[]> {
    if (this.slots.length === 0) return verifyLines(file, first, lines, this.keyring);
    const ends: number[] = [];
    let total = 0;
    for (const l of lines) ends.push((total += l.length));
    const bytes = new Uint8Array(total);
    lines.forEach((l, i) => bytes.set(l, i === 0 ? 0 : ends[i - 1]!));
    const slot = this.slots.reduce((a, b) => (b.busy < a.busy ? b : a));
    slot.busy++;
    const id = this.nextId++;
    const batch: WorkerBatch = { id, file, first, bytes, ends };
    return new Promise((resolve, reject) => {
      // The lines are kept (not the copy, which is transferred) for the main thread, should the worker die.
      this.pending.set(id, { slot, file, first, lines, resolve, reject });
      slot.worker.postMessage(batch, [bytes.buffer]);
    });
  }

  /** Batches this pool keeps in flight before the reader waits: 2 a worker, so none sits idle. */
  get depth(): number {
    return Math.max(1, 2 * this.slots.length);
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
