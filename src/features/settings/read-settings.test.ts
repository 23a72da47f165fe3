import { describe, expect, it } from 'vitest';
import { DEFAULT_MIRRORS, userMirror } from '../../core/mirrors/mirror-config';
import { DEFAULT_SETTINGS, MAX_STORED_ENTRIES, readStoredSettings } from './read-settings';

const PITH_KEY = 'b2d552b68890857171a78b36a5dccf368a953413288c353f7c9d9d6f94b709b3';
const good = userMirror('https://mirror.example.org', DEFAULT_MIRRORS);
if (!good.ok) throw new Error('fixture');

describe('readStoredSettings', () => {
  it('reads back what the app writes, with nothing dropped', () => {
    const settings = { mirrors: [...DEFAULT_MIRRORS, good.value], userKeys: [{ keyId: 'mine', publicKey: PITH_KEY }], theme: 'dark' };
    expect(readStoredSettings(JSON.stringify(settings))).toEqual({ settings, dropped: [] });
    expect(readStoredSettings(null)).toEqual({ settings: DEFAULT_SETTINGS, dropped: [] });
  });
  it('drops each bad entry alone and names it with the reason', () => {
    const stored = {
      theme: 'sepia',
      mirrors: [
        DEFAULT_MIRRORS[0],
        { ...good.value, baseUrl: 'http://plain.example.org', id: 'user:http://plain.example.org' },
        { ...good.value, baseUrl: 'https://u:p@creds.example.org', id: 'x' },
        { name: 'half a mirror' },
        good.value,
      ],
      userKeys: [{ keyId: 'short', publicKey: 'abcd' }, { keyId: 'ok', publicKey: PITH_KEY }, 'not a key'],
    };
    const { settings, dropped } = readStoredSettings(JSON.stringify(stored));
    expect(settings.theme).toBe('system');
    expect(settings.mirrors.map((m) => m.baseUrl)).toEqual(['/mirror', 'https://mirror.example.org', 'https://pith.science']);
    expect(settings.userKeys.map((k) => k.keyId)).toEqual(['ok']);
    expect(dropped.map((d) => d.what)).toEqual(['the theme', 'mirror http://plain.example.org', 'mirror https://u:p@creds.example.org', 'mirror 4', 'key short', 'key 3']);
    expect(dropped[1]!.reason).toMatch(/only for a mirror on this machine/);
    expect(dropped[2]!.reason).toMatch(/user name or password/);
  });
  it('never lets a stored copy point a mirror elsewhere', () => {
    const evilPatterns = { ...good.value, recordPattern: 'https://evil.example/{suffix}.json', aliasIndexUrl: 'https://evil.example/index.json' };
    const builtInMoved = { ...DEFAULT_MIRRORS[1]!, baseUrl: 'https://evil.example', enabled: false };
    const { settings, dropped } = readStoredSettings(JSON.stringify({ theme: 'light', userKeys: [], mirrors: [evilPatterns, builtInMoved] }));
    // Rebuilt, and said: what was stored is not silently replaced.
    expect(dropped.map((d) => d.what)).toEqual(['the stored URL patterns of https://mirror.example.org', 'the stored addresses of pith.science']);
    expect(settings.mirrors.find((m) => m.origin === 'user')).toMatchObject({ recordPattern: '{base}/pith/{suffix}.json', aliasIndexUrl: '{base}/alias-index.json' });
    expect(settings.mirrors.find((m) => m.id === 'pith-science')).toEqual({ ...DEFAULT_MIRRORS[1], enabled: false });
  });
  it('needs only what it reads back, and says in words what is missing (a stored entry without bundlePattern is fine)', () => {
    const { bundlePattern: _, ...noBundle } = good.value;
    const plain = { id: 'user:http://evil.com', baseUrl: 'http://evil.com', origin: 'user', enabled: true };
    const { settings, dropped } = readStoredSettings(JSON.stringify({ mirrors: [noBundle, plain, { id: 'x', origin: 'user', enabled: 'yes', baseUrl: 'https://y.example' }, { origin: 'user' }] }));
    expect(settings.mirrors.map((m) => m.baseUrl)).toContain('https://mirror.example.org');
    expect(dropped.map((d) => [d.what, d.reason])).toEqual([
      ['mirror http://evil.com', expect.stringMatching(/only for a mirror on this machine/)],
      ['mirror 3', 'its enabled is not true or false'],
      ['mirror 4', 'it has no id'],
    ]);
  });
  it('reads at most MAX_STORED_ENTRIES mirrors and keys, and says how many it left', () => {
    const many = Array.from({ length: 20_000 }, (_, i) => ({ ...good.value, id: `user:https://m${i}.example`, baseUrl: `https://m${i}.example` }));
    const { settings, dropped } = readStoredSettings(JSON.stringify({ mirrors: many }));
    expect(settings.mirrors.filter((m) => m.origin === 'user')).toHaveLength(MAX_STORED_ENTRIES);
    expect(dropped).toContainEqual({ what: '19,900 mirrors', reason: `only the first ${MAX_STORED_ENTRIES} stored mirrors are read` });
  });
  it('says so when nothing stored can be read', () => {
    expect(readStoredSettings('{oops').dropped).toEqual([{ what: 'all stored settings', reason: 'not JSON' }]);
    expect(readStoredSettings('[1]')).toEqual({ settings: DEFAULT_SETTINGS, dropped: [{ what: 'all stored settings', reason: 'not a JSON object' }] });
  });
});
