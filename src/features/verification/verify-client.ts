/**
 * The page's handle on verification of one document (batches go to the batch pool).
 *
 * Where it runs (issue 10): a document up to PAGE_VERIFY_MAX_CHARS is verified on the page, in the
 * verifier chunk loaded on first need. For one record that is fastest: a worker would first have to
 * be fetched and started (its own copy of the verifier, compiled again) before the first verdict,
 * and the seed record verifies on the page in a few milliseconds. Anything larger goes to one lazily
 * started module worker, so a 40 MB abstract never blocks the page; if the browser cannot start
 * workers, the core runs on the page anyway.
 */
import type { Remote } from 'comlink';
import type { UserKeySpec } from '../../core/user-keys';
import type { VerifyEntry } from '../../core/verify/verify-document';
import type { VerifyWorkerApi } from './verify-worker';

let remote: Promise<Remote<VerifyWorkerApi> | null> | null = null;

/** The worker, started on first need; comlink comes with it (1.7 KB gzip a deep link's first verdict does not need). */
function worker(): Promise<Remote<VerifyWorkerApi> | null> {
  remote ??= (async () => {
    if (typeof Worker === 'undefined') return null;
    try {
      const { wrap } = await import('comlink');
      return wrap<VerifyWorkerApi>(new Worker(new URL('./verify-worker.ts', import.meta.url), { type: 'module', name: 'pith-verify' }));
    } catch {
      return null;
    }
  })();
  return remote;
}

/**
 * Up to this many characters a document is verified on the page. A 256 KB record (its canonical
 * record hashed, every text field canonicalised) stays well under a 50 ms task here; the hostile
 * and limits e2e tests hold the pages that take the worker path to no task over 200 ms.
 */
export const PAGE_VERIFY_MAX_CHARS = 256 * 1024;

/** The verifier chunk: one dynamic import, shared by every caller on the page. */
export function loadVerifier() {
  return Promise.all([import('../../core/verify/verify-document'), import('../../core/user-keys')]);
}

/** SHA-256 of a document's text (the page's own files), in the verifier chunk; the warm-up fetches its door ahead of need. */
export function loadDocumentHash() {
  return import('../../core/crypto/sha256');
}

async function verifyOnPage(text: string, userKeys: readonly UserKeySpec[]): Promise<VerifyEntry[]> {
  const [{ verifyText }, { buildKeyring }] = await loadVerifier();
  return verifyText(text, { keyring: buildKeyring(userKeys).keyring, detail: true });
}

/** Verifies one document's text (a record, bundle, state or a list of them) with full detail. */
export async function verifyDocumentText(text: string, userKeys: readonly UserKeySpec[]): Promise<VerifyEntry[]> {
  if (text.length <= PAGE_VERIFY_MAX_CHARS) return verifyOnPage(text, userKeys);
  const w = await worker();
  return w ? w.verifyText(text, userKeys) : verifyOnPage(text, userKeys);
}

/** Starts the single-document worker (for documents over PAGE_VERIFY_MAX_CHARS) and waits until it answers. */
export async function startDocumentWorker(): Promise<void> {
  await (await worker())?.backend();
}
