/**
 * The page's handle on verification: one lazily started module worker; if the
 * browser cannot start workers, the same core runs on the page instead.
 */
import { wrap, type Remote } from 'comlink';
import type { UserKeySpec } from '../../core/user-keys';
import type { VerifyEntry } from '../../core/verify/verify-document';
import type { VerifyWorkerApi } from './verify-worker';

let remote: Remote<VerifyWorkerApi> | null = null;

function worker(): Remote<VerifyWorkerApi> | null {
  if (remote) return remote;
  if (typeof Worker === 'undefined') return null;
  try {
    remote = wrap<VerifyWorkerApi>(new Worker(new URL('./verify-worker.ts', import.meta.url), { type: 'module', name: 'pith-verify' }));
  } catch {
    return null;
  }
  return remote;
}

export async function verifyInWorker(text: string, userKeys: readonly UserKeySpec[]): Promise<VerifyEntry[]> {
  const w = worker();
  if (w) return w.verifyText(text, userKeys);
  const [{ verifyText }, { buildKeyring }] = await Promise.all([import('../../core/verify/verify-document'), import('../../core/user-keys')]);
  return verifyText(text, { keyring: buildKeyring(userKeys).keyring, detail: true });
}

export async function signatureBackend(): Promise<'webcrypto' | 'noble'> {
  const w = worker();
  if (w) return w.backend();
  const { webCryptoEd25519Available } = await import('../../core/crypto/ed25519');
  return (await webCryptoEd25519Available()) ? 'webcrypto' : 'noble';
}
