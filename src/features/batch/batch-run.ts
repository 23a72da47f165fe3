/**
 * One batch run: reads every input (JSONL as a stream, line by line, with
 * back-pressure so a 50 MB file never sits in memory twice), hands chunks to
 * the worker pool, and keeps counts and rows for the page. Cancel stops
 * reading at once and ignores results still in flight.
 */
import { firstInvalidUtf8, notUtf8Error } from '../../core/documents/decode-input';
import { BINARY_MESSAGE, sniffInput, type InputShape } from '../../core/documents/sniff-input';
import type { UserKeySpec } from '../../core/user-keys';
import type { BatchJob, BatchRow } from './batch-types';
import type { WorkerPool } from './worker-pool';

export interface InputSource {
  readonly name: string;
  readonly file?: File;
  readonly text?: string;
}

/** What an input looks like from its head: JSON, JSON Lines, binary or empty (sniff-input.ts). */
export async function shapeOf(source: InputSource): Promise<InputShape> {
  if (source.file) return sniffInput(new Uint8Array(await source.file.slice(0, HEAD_BYTES).arrayBuffer()), source.file.size);
  // Only the head is encoded to sniff it: a 200 MB paste is never encoded on the page.
  const text = source.text ?? '';
  return sniffInput(new TextEncoder().encode(text.slice(0, HEAD_BYTES)), text.length);
}

/** Why a binary or empty input is not read, naming it. */
export function unreadableMessage(name: string, shape: 'binary' | 'empty'): string {
  return shape === 'binary' ? BINARY_MESSAGE(name) : `${name} is empty; expected JSON holding pith records.`;
}

/** Progress is counted in bytes for files and in characters for pasted text. */
export function sourceSize(s: InputSource): number {
  return s.file?.size ?? s.text?.length ?? 0;
}

export interface BatchSnapshot {
  readonly state: 'running' | 'done' | 'cancelled';
  readonly rows: readonly BatchRow[];
  readonly counts: Readonly<Record<BatchRow['verdict'], number>>;
  readonly processed: number;
  readonly bytesRead: number;
  readonly bytesTotal: number;
  readonly files: number;
  readonly startedAt: number;
  readonly elapsedMs: number;
}

/** JSONL is sent to the workers in chunks of about this many characters, cut at line ends. */
const CHARS_PER_JOB = 128 * 1024;
/** Give the event loop a turn after this long: awaiting already-resolved reads would otherwise run on in one task. */
const SLICE_MS = 8;

function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
const HEAD_BYTES = 64 * 1024;

export class BatchRun {
  private rows: BatchRow[] = [];
  private counts = { verified: 0, incomplete: 0, invalid: 0, unreadable: 0, 'not-a-record': 0 };
  private state: BatchSnapshot['state'] = 'running';
  private bytesRead = 0;
  private readonly bytesTotal: number;
  private readonly startedAt = performance.now();
  private finishedAt: number | null = null;
  private snapshot: BatchSnapshot;
  private readonly listeners = new Set<() => void>();
  private notifyTimer: ReturnType<typeof setTimeout> | null = null;
  private jobSeq = 0;
  private readonly inFlight = new Set<Promise<void>>();
  readonly done: Promise<void>;

  constructor(
    readonly id: number,
    private readonly sources: readonly InputSource[],
    private readonly pool: WorkerPool,
    private readonly userKeys: readonly UserKeySpec[],
  ) {
    this.bytesTotal = sources.reduce((n, s) => n + sourceSize(s), 0);
    this.snapshot = this.makeSnapshot();
    this.done = this.start();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): BatchSnapshot => this.snapshot;

  cancel(): void {
    if (this.state !== 'running') return;
    this.state = 'cancelled';
    this.finishedAt = performance.now();
    this.flush();
  }

  private makeSnapshot(): BatchSnapshot {
    const end = this.finishedAt ?? performance.now();
    return {
      state: this.state,
      rows: this.rows,
      counts: { ...this.counts },
      processed: this.rows.length,
      bytesRead: this.bytesRead,
      bytesTotal: this.bytesTotal,
      files: this.sources.length,
      startedAt: this.startedAt,
      elapsedMs: Math.round(end - this.startedAt),
    };
  }

  /** Re-render at most every 150 ms: a table of 10,000 rows must not re-render per record. */
  private notify(): void {
    if (this.notifyTimer) return;
    this.notifyTimer = setTimeout(() => this.flush(), 150);
  }

  private flush(): void {
    if (this.notifyTimer) clearTimeout(this.notifyTimer);
    this.notifyTimer = null;
    this.rows = [...this.rows];
    this.snapshot = this.makeSnapshot();
    for (const l of this.listeners) l();
  }

  private get cancelled(): boolean {
    return this.state === 'cancelled';
  }

  private submit(job: BatchJob): Promise<void> {
    const p = this.pool.run(job, this.userKeys).then(
      (rows) => {
        if (this.cancelled) return;
        for (const r of rows) {
          this.rows.push(r);
          this.counts[r.verdict]++;
        }
        this.notify();
      },
      (e: unknown) => {
        if (this.cancelled) return;
        const row: BatchRow = { id: `${job.id}:x`, file: job.file, index: null, kind: 'unreadable', pithNumber: null, title: null, titleBinding: null, verdict: 'unreadable', failing: [], error: `internal error: ${e instanceof Error ? e.message : String(e)}`, errorCode: 'internal' };
        this.rows.push(row);
        this.counts.unreadable++;
        this.notify();
      },
    );
    const tracked = p.finally(() => this.inFlight.delete(tracked));
    this.inFlight.add(tracked);
    return tracked;
  }

  /** Back-pressure: at most three chunks per worker in flight (the pool runs two a worker and queues the rest). */
  private async room(): Promise<void> {
    while (this.inFlight.size >= this.pool.size * 3) await Promise.race(this.inFlight);
  }

  private nextId(): string {
    return `r${this.id}j${this.jobSeq++}`;
  }

  private async start(): Promise<void> {
    for (const source of this.sources) {
      if (this.cancelled) break;
      await this.readSource(source);
    }
    await Promise.all(this.inFlight);
    if (this.state === 'running') {
      this.state = 'done';
      this.finishedAt = performance.now();
    }
    this.flush();
  }

  private async readSource(source: InputSource): Promise<void> {
    const name = source.name;
    const size = sourceSize(source);
    const shape = await shapeOf(source);
    if (shape === 'binary' || shape === 'empty') {
      this.bytesRead += size;
      await this.room();
      void this.submit({ id: this.nextId(), file: name, type: 'error', message: unreadableMessage(name, shape) });
      return;
    }
    if (shape === 'json') {
      this.bytesRead += size;
      await this.room();
      // A file goes to the worker as a Blob (a handle, nothing copied): read and decoded there.
      void this.submit(source.file ? { id: this.nextId(), file: name, type: 'file', blob: source.file } : { id: this.nextId(), file: name, type: 'whole', text: source.text ?? '' });
      return;
    }
    await this.readLines(source);
  }

  /**
   * JSONL: the page only finds line boundaries and sends whole chunks of lines
   * (one string per job, cheap to clone); the workers split and parse them.
   */
  private async readLines(source: InputSource): Promise<void> {
    let nextLine = 1;
    let sliceStart = performance.now();
    const send = async (text: string) => {
      const firstLine = nextLine;
      for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) nextLine++;
      await this.room();
      if (this.cancelled) return;
      void this.submit({ id: this.nextId(), file: source.name, type: 'lines', text, firstLine });
      if (performance.now() - sliceStart > SLICE_MS) {
        await yieldToEventLoop();
        sliceStart = performance.now();
      }
    };
    if (source.text !== undefined) {
      for (let at = 0; at < source.text.length && !this.cancelled; ) {
        const cut = source.text.indexOf('\n', at + CHARS_PER_JOB);
        const end = cut === -1 ? source.text.length : cut + 1;
        await send(source.text.slice(at, end));
        at = end;
      }
      this.bytesRead += source.text.length;
      return;
    }
    const reader = source.file!.stream().getReader();
    // Strict UTF-8: bytes that are not UTF-8 end the file with an error row naming their offset.
    const decoder = new TextDecoder('utf-8', { fatal: true });
    let pending = '';
    let offset = 0;
    /** The lines read so far are verified; the rest of the file is one error row saying where it stopped. */
    const stopAt = async (chunk: Uint8Array, before: number) => {
      const cut = pending.lastIndexOf('\n');
      if (cut !== -1) await send(pending.slice(0, cut + 1));
      // Continuation bytes at the chunk's start may finish a character begun in the chunk before.
      let skip = 0;
      while (skip < 3 && skip < chunk.length && (chunk[skip]! & 0xc0) === 0x80) skip++;
      const bad = firstInvalidUtf8(chunk.subarray(skip));
      const error = notUtf8Error(chunk, bad === -1 ? chunk.length : skip + bad, before);
      await this.room();
      void this.submit({ id: this.nextId(), file: source.name, type: 'error', message: `${error.message} Reading stopped there.` });
    };
    for (;;) {
      if (this.cancelled) {
        await reader.cancel();
        return;
      }
      if (performance.now() - sliceStart > SLICE_MS) {
        await yieldToEventLoop();
        sliceStart = performance.now();
      }
      const { value, done } = await reader.read();
      if (done) break;
      this.bytesRead += value.byteLength;
      try {
        pending += decoder.decode(value, { stream: true });
      } catch {
        await reader.cancel();
        await stopAt(value, offset);
        return;
      }
      offset += value.byteLength;
      if (pending.length >= CHARS_PER_JOB) {
        const cut = pending.lastIndexOf('\n');
        if (cut !== -1) {
          await send(pending.slice(0, cut + 1));
          pending = pending.slice(cut + 1);
        }
      }
      this.notify();
    }
    try {
      pending += decoder.decode();
    } catch {
      await stopAt(new Uint8Array(0), offset);
      return;
    }
    if (pending !== '' && !this.cancelled) await send(pending);
  }


}
