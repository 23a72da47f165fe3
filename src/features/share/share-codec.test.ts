import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeShare, encodeShare, MAX_SHARED_BYTES, SAFE_LINK_CHARS } from './share-codec';

const seed = readFileSync(new URL('../../../tests/fixtures/pith/UTTGU3KIYM6JKD6ALUV7A7CX74.record.json', import.meta.url), 'utf8');

describe('share links (node 20 has CompressionStream, like the browser)', () => {
  it('round-trips the seed record byte for byte, well under the safe size', async () => {
    const link = await encodeShare(seed);
    expect(link.startsWith('v1.')).toBe(true);
    expect(link).toMatch(/^v1\.[A-Za-z0-9_-]+$/);
    expect(link.length).toBeLessThan(SAFE_LINK_CHARS);
    expect(link.length).toBeLessThan(seed.length);
    expect(await decodeShare(`#${link}`)).toEqual({ ok: true, text: seed });
  });
  it('round-trips any text (property)', async () => {
    await fc.assert(fc.asyncProperty(fc.string({ unit: 'grapheme' }), async (s) => {
        expect(await decodeShare(await encodeShare(s))).toEqual({ ok: true, text: s });
      }), { numRuns: 50 });
  });
  it('says what is wrong with a damaged or unknown link', async () => {
    const link = await encodeShare(seed);
    expect(await decodeShare('#')).toMatchObject({ ok: false, message: expect.stringMatching(/empty/) });
    expect(await decodeShare('#v9.abc')).toMatchObject({ ok: false, message: expect.stringMatching(/format is not known/) });
    expect(await decodeShare(`#${link.slice(0, 200)}`)).toMatchObject({ ok: false, message: expect.stringMatching(/damaged/) });
    expect(await decodeShare('#v1.@@@')).toMatchObject({ ok: false, message: expect.stringMatching(/not base64url/) });
  });
  it('stops inflating at the stated cap: a crafted link cannot make the tab decompress gigabytes', async () => {
    const bomb = await encodeShare(' '.repeat(MAX_SHARED_BYTES + 1));
    expect(bomb.length).toBeLessThan(SAFE_LINK_CHARS);
    expect(await decodeShare(bomb)).toMatchObject({ ok: false, message: expect.stringMatching(/more than 4 MB/) });
    expect(await decodeShare(await encodeShare(' '.repeat(MAX_SHARED_BYTES)))).toMatchObject({ ok: true });
  });
});
