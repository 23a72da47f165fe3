/**
 * Keys a user adds at run time (settings panel, `pith-verify --key`), as plain
 * strings so they can cross a worker boundary or live in localStorage.
 *
 * @module user-keys
 */
import type { PithError } from './errors';
import { Keyring, parseUserKey } from './keyring';

export interface UserKeySpec {
  readonly keyId: string;
  /** 64 hex characters or 44 base64 characters. */
  readonly publicKey: string;
  readonly note?: string;
}

/** The pinned keyring plus every valid user key; a bad key is reported, never silently dropped. */
export function buildKeyring(specs: readonly UserKeySpec[]): { keyring: Keyring; errors: { spec: UserKeySpec; error: PithError }[] } {
  let keyring = Keyring.pinned();
  const errors: { spec: UserKeySpec; error: PithError }[] = [];
  for (const spec of specs) {
    const key = parseUserKey(spec);
    const next = key.ok ? keyring.with({ ...key.value }) : key;
    if (next.ok) keyring = next.value;
    else errors.push({ spec, error: next.error });
  }
  return { keyring, errors };
}
