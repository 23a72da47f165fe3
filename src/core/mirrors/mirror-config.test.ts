import { describe, expect, it } from 'vitest';
import { DEFAULT_MIRRORS, isPlainHttpHost, userMirror } from './mirror-config';
import { mirrorNotes, sameAddressAs } from './mirror-notes';

const add = (url: string) => userMirror(url, DEFAULT_MIRRORS);

describe('userMirror', () => {
  it('accepts https anywhere and http only on this machine', () => {
    expect(add('https://mirror.example.org/').ok).toBe(true);
    for (const local of ['http://localhost:8080', 'http://127.0.0.1:9', 'http://localhost:3000/pith-mirror', 'http://docs.localhost']) expect(add(local)).toMatchObject({ ok: true });
    const plain = add('http://mirror.example.org');
    expect(plain).toMatchObject({ ok: false, error: { code: 'bad-query' } });
    expect(!plain.ok && plain.error.message).toMatch(/only for a mirror on this machine.*mirror\.example\.org needs https/);
    // A host that only starts like a loopback address is not one.
    expect(add('http://127.0.0.1.evil.example').ok).toBe(false);
    // A bare ? or # (empty search and hash) would still make every record path a query or fragment.
    for (const url of ['https://q.example/?', 'https://h.example/#', 'https://h.example/a?#']) expect(add(url).ok).toBe(false);
    expect(add('http://localhost.evil.example').ok).toBe(false);
  });
  it('refuses credentials in the URL, and says to drop them', () => {
    for (const url of ['https://user:secret@mirror.example.org', 'https://token@mirror.example.org', 'http://a:b@localhost:8080']) {
      const r = add(url);
      expect(r.ok).toBe(false);
      expect(!r.ok && r.error.message).toMatch(/user name or password/);
    }
  });
  it('refuses other schemes, queries, fragments, non-URLs and duplicates', () => {
    expect(add('ftp://mirror.example.org').ok).toBe(false);
    expect(add('https://mirror.example.org/?x=1').ok).toBe(false);
    expect(add('mirror.example.org').ok).toBe(false);
    expect(add('https://pith.science/').ok).toBe(false);
  });
  it("refuses a record's or an index's own URL, naming the folder meant (a walk-through, 2026-12-03)", () => {
    for (const [url, base] of [
      ['https://m.example.org/pith/UTTGU3KIYM6JKD6ALUV7A7CX74.json', 'https://m.example.org'],
      ['https://m.example.org/a/pith/UTTGU3KIYM6JKD6ALUV7A7CX74/bundle.json', 'https://m.example.org/a'],
      ['https://m.example.org/a/alias-index.json', 'https://m.example.org/a'],
      ['https://m.example.org/a/alias-index/c.json', 'https://m.example.org/a'],
    ]) {
      const r = add(url!);
      expect(!r.ok && r.error.message).toBe(`${url} is a file; a mirror base URL is the folder that holds pith/<SUFFIX>.json, here probably ${base}.`);
    }
    // A folder inside pith/ is a folder: not refused as a file.
    expect(add('https://m.example.org/pith/archive').ok).toBe(true);
  });
  it('knows the embedded mirror by its absolute address when the app origin is known (sameAddressAs)', () => {
    const typed = userMirror('http://localhost:4173/mirror/', DEFAULT_MIRRORS);
    expect(typed.ok && sameAddressAs(typed.value, DEFAULT_MIRRORS, 'http://localhost:4173')?.id).toBe('embedded');
    expect(typed.ok && sameAddressAs(typed.value, DEFAULT_MIRRORS, 'http://localhost:4174')).toBeNull();
    const other = userMirror('https://m.example.org', DEFAULT_MIRRORS);
    expect(other.ok && sameAddressAs(other.value, DEFAULT_MIRRORS, 'http://localhost:4173')).toBeNull();
  });
  it('notes, without refusing, a base that ends in /pith', () => {
    const r = add('https://someone.github.io/pith/');
    expect(r.ok).toBe(true);
    expect(r.ok && mirrorNotes(r.value)).toEqual(['Records are fetched from https://someone.github.io/pith/pith/<SUFFIX>.json. If https://someone.github.io/pith is itself the folder of records, this mirror will find none: add https://someone.github.io instead.']);
    expect(DEFAULT_MIRRORS.flatMap(mirrorNotes)).toEqual([]);
    const pithy = add('https://m.example.org/pithy');
    expect(pithy.ok && mirrorNotes(pithy.value)).toEqual([]);
  });
  it('lays a user mirror out like pith.science', () => {
    const r = add(' https://m.example.org/base/ ');
    expect(r.ok && r.value).toMatchObject({ baseUrl: 'https://m.example.org/base', recordPattern: '{base}/pith/{suffix}.json', aliasIndexUrl: '{base}/alias-index.json', origin: 'user' });
  });
});

describe('isPlainHttpHost', () => {
  it('knows this machine by name and address', () => {
    expect(['localhost', 'LOCALHOST', 'a.localhost', '127.0.0.1'].map(isPlainHttpHost)).toEqual([true, true, true, true]);
    // Loopback too, but a CSP host source cannot name them (config/security-policy.ts), so http is refused.
    expect(['127.1.2.3', '[::1]'].map(isPlainHttpHost)).toEqual([false, false]);
    expect(['localhost.example', '128.0.0.1', '10.0.0.1', '::1', 'example.org'].map(isPlainHttpHost)).toEqual([false, false, false, false, false]);
  });
});
