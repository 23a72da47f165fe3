/**
 * A `pith-verify --jobs N` worker thread (verify-pool.ts): verifies the batches of JSON Lines it is
 * sent with the keys it was started with (the pinned ones plus --key), by the same rule as the main
 * thread (verify-lines.ts), and posts the results back with the batch's id.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { useNativeEd25519 } from '../core/crypto/ed25519';
import { loadFastSha256 } from '../core/crypto/sha256';
import { buildKeyring, type UserKeySpec } from '../core/user-keys';
import { nodeEd25519 } from './node-ed25519';
import { verifyLines } from './verify-lines';

export interface WorkerBatch {
  readonly id: number;
  readonly file: string;
  readonly first: number;
  /** The batch's lines, back to back, and where each ends. */
  readonly bytes: Uint8Array;
  readonly ends: readonly number[];
}

const { keyring } = buildKeyring((workerData as { keys: UserKeySpec[] }).keys);
const ready = loadFastSha256();
useNativeEd25519(nodeEd25519);

parentPort?.on('message', (batch: WorkerBatch) => {
  void (async () => {
    await ready;
    const lines = batch.ends.map((end, i) => batch.bytes.subarray(i === 0 ? 0 : batch.ends[i - 1]!, end));
    try {
      parentPort!.postMessage({ id: batch.id, results: await verifyLines(batch.file, batch.first, lines, keyring) });
    } catch (e) {
      parentPort!.postMessage({ id: batch.id, error: e instanceof Error ? e.message : String(e) });
    }
  })();
});
