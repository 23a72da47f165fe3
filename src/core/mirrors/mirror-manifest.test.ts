// Mirror manifests (issue 11), with pith.science's real pith-mirrors.json (copied from ../shared/pith
// into tests/fixtures/pith) and hostile variants of it: the manifest's key is never trusted.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Keyring } from '../keyring';
import { DEFAULT_MIRRORS } from './mirror-config';
import { readMirrorManifest } from './mirror-manifest';

const REAL = JSON.parse(readFileSync(new URL('../../../tests/fixtures/pith/pith-mirrors.json', import.meta.url), 'utf8')) as { mirrors: Record<string, unknown>[] };
const keyring = Keyring.pinned();
const PATTERNS_OFF = { bundle_pattern: undefined, state_pattern: undefined, well_known_pattern: undefined };
const withEntry = (over: Record<string, unknown>) => ({ ...REAL, mirrors: [{ ...REAL.mirrors[0], ...PATTERNS_OFF, ...over }] });
const read = (value: unknown, existing = DEFAULT_MIRRORS) => {
  const r = readMirrorManifest(value, existing, keyring);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};

describe('readMirrorManifest', () => {
  it('reads pith.science’s own manifest: already in the list by default, added where it is not, its key the pinned one', () => {
    expect(read(REAL)).toEqual({ mirrors: [], refused: ['https://pith.science: https://pith.science is already in the mirror list.'], warnings: [] });
    const fresh = read(REAL, []);
    expect(fresh.mirrors).toEqual([expect.objectContaining({ baseUrl: 'https://pith.science', recordPattern: '{base}/pith/{suffix}.json', bundlePattern: '{base}/pith/{suffix}/bundle.json', origin: 'user' })]);
    expect(fresh.warnings).toEqual([]);
  });

  it('says loudly when the manifest’s key differs from the keyring’s for the same key_id, and never trusts an unknown one', () => {
    const other = { ...(REAL.mirrors[0]!.public_key as object), public_key_hex: 'd75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a', public_key_b64: undefined };
    const w = read(withEntry({ base_url: 'https://m.example.org', public_key: other })).warnings;
    expect(w).toEqual([expect.stringMatching(/^https:\/\/m\.example\.org: the manifest's key for pith-v1-2026-05 \(d75a980182b10ab7…\) is NOT the one in your keyring \(pinned key, fingerprint 8d4b5ee74e4693bcd1df2446408b0d54\)/)]);
    const unknown = read(withEntry({ base_url: 'https://m.example.org', public_key: { ...other, key_id: 'mirror-own-key' } })).warnings;
    expect(unknown).toEqual([expect.stringContaining('names key mirror-own-key, which is not in your keyring: it is not trusted')]);
  });

  it('does not use patterns that leave the mirror or are not the layout it reads, and says so', () => {
    const r = read(withEntry({ base_url: 'https://m.example.org', bundle_pattern: 'https://evil.example/{suffix}.json', state_pattern: 'https://m.example.org/state/{suffix}', well_known_pattern: 42 }));
    expect(r.mirrors).toHaveLength(1);
    expect(r.mirrors[0]!.bundlePattern).toBe('{base}/pith/{suffix}/bundle.json');
    expect(r.warnings).toEqual([
      "https://m.example.org: bundle_pattern points to https://evil.example, not the mirror's own origin https://m.example.org: not used",
      'https://m.example.org: state_pattern https://m.example.org/state/{suffix} is not the layout this app reads (https://m.example.org/pith/{suffix}/state.json): not used',
      'https://m.example.org: well_known_pattern 42 is not a URL pattern with {suffix}: not used',
    ]);
  });

  it('refuses entries a typed mirror would be refused for, and manifests it does not know', () => {
    const r = read({ ...REAL, mirrors: [{ base_url: 'http://mirror.example.org' }, { base_url: 'https://u:p@m.example.org' }, { name: 'no url' }, 'text'] });
    expect(r.mirrors).toEqual([]);
    expect(r.refused).toEqual([expect.stringContaining('needs https://'), expect.stringContaining('user name or password'), 'mirrors[2]: no base_url', 'mirrors[3]: no base_url']);
    expect(readMirrorManifest({ ...REAL, manifest_version: '2.0' }, [], keyring)).toMatchObject({ ok: false, error: { code: 'unsupported-version' } });
    expect(readMirrorManifest({ aliases: {} }, [], keyring)).toMatchObject({ ok: false, error: { code: 'unknown-document' } });
  });
});
