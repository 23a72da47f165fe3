/**
 * A pool of batch workers, one per core (navigator.hardwareConcurrency). It is
 * started when the app loads, so verifying dropped data later loads nothing
 * over the network (not even worker code).
 */
import { wrap, type Remote } from 'comlink';
import type { UserKeySpec } from '../../core/user-keys';
import type { EntryJson } from '../../core/verify/entry-json';
import type { BatchJob, BatchRow, OpenedEntry } from './batch-types';
import type { BatchWorkerApi } from './batch-worker';

/** Warm-up rounds (two records each) per worker; twice as many measured no faster (warm-up.ts). */
const WARM_UP_ROUNDS = 1500;

/** Jobs a worker holds at once: one running and one waiting, so it never idles on a round trip. */
const PER_WORKER = 2;

interface Queued {
  readonly job: BatchJob;
  readonly userKeys: readonly UserKeySpec[];
  readonly resolve: (rows: BatchRow[]) => void;
  readonly reject: (e: unknown) => void;
}

interface Slot {
  readonly remote: Remote<BatchWorkerApi>;
  busy: number;
}

export class WorkerPool {
  private readonly slots: Slot[];
  /** job id → worker that holds its entries. */
  private readonly owner = new Map<string, Slot>();
  private readonly queue: Queued[] = [];

  constructor(size: number) {
    this.slots = Array.from({ length: size }, (_, i) => ({
      remote: wrap<BatchWorkerApi>(new Worker(new URL('./batch-worker.ts', import.meta.url), { type: 'module', name: `pith-batch-${i}` })),
      busy: 0,
    }));
  }

  get size(): number {
    return this.slots.length;
  }

  /** Starts every worker, then lets each verify the warm-up records (warm-up.ts) so its code is compiled before a batch. */
  async warm(rounds = WARM_UP_ROUNDS): Promise<void> {
    await Promise.all(this.slots.map((s) => s.remote.ping()));
    await Promise.all(this.slots.map((s) => s.remote.warm(rounds)));
  }

  /**
   * Queues a job; it goes to a worker as soon as one has fewer than PER_WORKER jobs. Handing jobs
   * out as workers free up (not all at once) keeps both busy to the end: no worker sits on a queue
   * while the other idles.
   */
  run(job: BatchJob, userKeys: readonly UserKeySpec[]): Promise<BatchRow[]> {
    return new Promise((resolve, reject) => {
      this.queue.push({ job, userKeys, resolve, reject });
      this.pump();
    });
  }

  private pump(): void {
    while (this.queue.length > 0) {
      const slot = this.slots.reduce((a, b) => (b.busy < a.busy ? b : a));
      if (slot.busy >= PER_WORKER) return;
      const { job, userKeys, resolve, reject } = this.queue.shift()!;
      this.owner.set(job.id, slot);
      slot.busy++;
      slot.remote
        .run(job, userKeys)
        .then(resolve, reject)
        .finally(() => {
          slot.busy--;
          this.pump();
        });
    }
  }

  private slotOf(rowId: string): Slot | undefined {
    return this.owner.get(rowId.slice(0, rowId.lastIndexOf(':')));
  }

  async source(rowId: string): Promise<{ text: string; file: string; index: number | null } | null> {
    return (await this.slotOf(rowId)?.remote.source(rowId)) ?? null;
  }

  /** A kept entry verified again with detail, in the worker that holds it (see OpenedEntry). */
  async open(rowId: string, userKeys: readonly UserKeySpec[]): Promise<OpenedEntry | null> {
    return (await this.slotOf(rowId)?.remote.open(rowId, userKeys)) ?? null;
  }

  /** Entries in the order of `rowIds`, for export. */
  async entries(rowIds: readonly string[], userKeys: readonly UserKeySpec[]): Promise<EntryJson[]> {
    const groups = new Map<Slot, string[]>();
    for (const id of rowIds) {
      const s = this.slotOf(id);
      if (s) groups.set(s, [...(groups.get(s) ?? []), id]);
    }
    const byId = new Map<string, EntryJson>();
    await Promise.all(
      [...groups].map(async ([slot, ids]) => {
        const got = await slot.remote.entries(ids, userKeys);
        ids.forEach((id, i) => {
          const e = got[i];
          if (e) byId.set(id, e);
        });
      }),
    );
    return rowIds.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : []));
  }

  async clear(): Promise<void> {
    this.owner.clear();
    await Promise.all(this.slots.map((s) => s.remote.clear()));
  }
}

let pool: WorkerPool | null = null;

export function poolSize(): number {
  const cores = typeof navigator !== 'undefined' ? navigator.hardwareConcurrency : 2;
  return Math.max(1, Math.min(8, cores || 2));
}

export function getPool(): WorkerPool {
  pool ??= new WorkerPool(poolSize());
  return pool;
}
