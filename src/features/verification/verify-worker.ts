/**
 * Web Worker running the core verifier, so hashing and signature checks of a
 * big record (or many) never block the page. Exposed with comlink.
 */
import { expose } from 'comlink';
import { webCryptoEd25519Available } from '../../core/crypto/ed25519';
import { buildKeyring, type UserKeySpec } from '../../core/user-keys';
import { verifyText, type VerifyEntry } from '../../core/verify/verify-document';
import { loadFastSha256 } from '../../core/crypto/sha256';

// The WebAssembly SHA-256 for this worker's many records (sha256.ts: the page itself never loads it).
void loadFastSha256();

const api = {
  async verifyText(text: string, userKeys: readonly UserKeySpec[]): Promise<VerifyEntry[]> {
    // detail: a page shows citations and server claims beside the checks, from this same parse.
    return verifyText(text, { keyring: buildKeyring(userKeys).keyring, detail: true });
  },
  async backend(): Promise<'webcrypto' | 'noble'> {
    return (await webCryptoEd25519Available()) ? 'webcrypto' : 'noble';
  },
};

export type VerifyWorkerApi = typeof api;
expose(api);
