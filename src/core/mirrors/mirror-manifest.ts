/**
 * A mirror manifest (`pith-mirrors.json`, FORMAT.md §6) read as mirrors to add (issue 11). Each
 * entry's `base_url` becomes a mirror by the same rule as one typed in settings (userMirror: https,
 * or http on this machine; no credentials), laid out as docs/MIRROR-FORMAT.md says. Its
 * `bundle_pattern`, `state_pattern` and `well_known_pattern` are checked against that layout: a
 * pattern on another origin would move lookups to a host the user never chose, and one on the
 * mirror's origin but elsewhere is not what this app reads (settings keep a mirror as its base URL,
 * rebuilt by the same rule on every load); either is said, not silently used. The manifest's key is
 * never trusted: it is compared with the keyring's key of the same `key_id`, and a different one is
 * said, loudly. `record_pattern` and `alias_index` are not read: the layout comes from `base_url`.
 *
 * @module mirror-manifest
 */
import { toHex } from '../bytes';
import { err, ok, pithError, type Result } from '../errors';
import type { Keyring } from '../keyring';
import { decodeKeyText } from '../key-text';
import { userMirror, type MirrorConfig } from './mirror-config';

/** What reading a manifest gives: the mirrors to add, what was refused, and what to tell the user. */
export interface ManifestImport {
  readonly mirrors: readonly MirrorConfig[];
  /** Entries not added, each with why. */
  readonly refused: readonly string[];
  /** About the manifest's keys and patterns: never silent. */
  readonly warnings: readonly string[];
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The layout this app reads (docs/MIRROR-FORMAT.md §2, pith.science's own). */
const STANDARD: Readonly<Record<'bundle_pattern' | 'state_pattern' | 'well_known_pattern', string>> = {
  bundle_pattern: '/pith/{suffix}/bundle.json',
  state_pattern: '/pith/{suffix}/state.json',
  well_known_pattern: '/.well-known/pith/{suffix}/bundle.json',
};

/** Why a manifest pattern is not the layout this app reads under `base`, or null when it is (or absent). */
function patternWarning(pattern: unknown, base: string, what: keyof typeof STANDARD): string | null {
  if (pattern === undefined || pattern === null || pattern === `${base}${STANDARD[what]}`) return null;
  if (typeof pattern !== 'string' || !pattern.includes('{suffix}')) return `${what} ${JSON.stringify(pattern)} is not a URL pattern with {suffix}: not used`;
  let url: URL;
  try {
    url = new URL(pattern.replaceAll('{suffix}', 'SUFFIX'));
  } catch {
    return `${what} ${JSON.stringify(pattern)} is not a URL: not used`;
  }
  if (url.origin !== new URL(base).origin) return `${what} points to ${url.origin}, not the mirror's own origin ${new URL(base).origin}: not used`;
  return `${what} ${pattern} is not the layout this app reads (${base}${STANDARD[what]}): not used`;
}

/** The manifest's key against the keyring's key of the same id (FORMAT.md §6: the manifest carries one). */
function keyWarning(key: unknown, keyring: Keyring): string | null {
  if (!isObject(key) || typeof key.key_id !== 'string') return null;
  const text = typeof key.public_key_hex === 'string' ? key.public_key_hex : typeof key.public_key_b64 === 'string' ? key.public_key_b64 : null;
  const bytes = text ? decodeKeyText(text) : null;
  const mine = keyring.get(key.key_id);
  if (!mine) return `the manifest names key ${key.key_id}, which is not in your keyring: it is not trusted (add it under Trusted signing keys if you have checked it elsewhere)`;
  if (!bytes || !bytes.ok) return `the manifest's key ${key.key_id} cannot be read; the keyring's key is used`;
  if (toHex(bytes.value) !== toHex(mine.publicKey)) {
    return `the manifest's key for ${key.key_id} (${toHex(bytes.value).slice(0, 16)}…) is NOT the one in your keyring (${mine.origin} key, fingerprint ${mine.fingerprintHex}): a mirror cannot change a key, so the keyring's key is used, and records signed by the manifest's key will not verify`;
  }
  return null;
}

/** Reads a manifest's JSON value as mirrors to add beside `existing`; refuses a manifest of a type or version it does not know. */
export function readMirrorManifest(value: unknown, existing: readonly MirrorConfig[], keyring: Keyring): Result<ManifestImport> {
  if (!isObject(value) || value.manifest_type !== 'pith_mirror_manifest') return err(pithError('unknown-document', 'Expected a mirror manifest (pith-mirrors.json, manifest_type "pith_mirror_manifest").'));
  if (value.manifest_version !== '1.0') return err(pithError('unsupported-version', `manifest_version ${JSON.stringify(value.manifest_version)} is not known (only "1.0"): not read, rather than read wrong.`));
  if (!Array.isArray(value.mirrors)) return err(pithError('unknown-document', 'A mirror manifest lists its mirrors in "mirrors": [].'));
  const mirrors: MirrorConfig[] = [];
  const refused: string[] = [];
  const warnings: string[] = [];
  value.mirrors.forEach((entry: unknown, i) => {
    const name = isObject(entry) && typeof entry.base_url === 'string' ? entry.base_url : `mirrors[${i}]`;
    if (!isObject(entry) || typeof entry.base_url !== 'string') return void refused.push(`${name}: no base_url`);
    const m = userMirror(entry.base_url, [...existing, ...mirrors]);
    if (!m.ok) return void refused.push(`${name}: ${m.error.message}`);
    for (const what of ['bundle_pattern', 'state_pattern', 'well_known_pattern'] as const) {
      const w = patternWarning(entry[what], m.value.baseUrl, what);
      if (w) warnings.push(`${name}: ${w}`);
    }
    mirrors.push(m.value);
    const k = keyWarning(entry.public_key, keyring);
    if (k) warnings.push(`${name}: ${k}`);
  });
  return ok({ mirrors, refused, warnings });
}
