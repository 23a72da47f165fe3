import { describe, expect, it } from 'vitest';
import { fromHex } from './bytes';
import { keyringCacheKey, readKeyText } from './key-text';

const HEX = 'b2d552b68890857171a78b36a5dccf368a953413288c353f7c9d9d6f94b709b3';
const B64 = btoa(String.fromCharCode(...fromHex(HEX)!));

describe('key text, read without cryptography', () => {
  it('reads hex and base64 as the same 32 bytes, and refuses anything else with the reason', () => {
    const a = readKeyText({ keyId: ' mine ', publicKey: HEX });
    const b = readKeyText({ keyId: 'mine', publicKey: B64 });
    expect(a.ok && b.ok && a.value.keyId === 'mine' && a.value.bytes.join() === b.value.bytes.join()).toBe(true);
    expect(readKeyText({ keyId: 'mine', publicKey: 'abcd' })).toMatchObject({ ok: false, error: { message: expect.stringMatching(/expected 32 bytes/) } });
    expect(readKeyText({ keyId: '-bad', publicKey: HEX })).toMatchObject({ ok: false, error: { message: expect.stringMatching(/^keyId:/) } });
  });
  it('cache keys: one entry per readable key by its bytes, so other bytes under the same id are another key', () => {
    expect(keyringCacheKey([{ keyId: 'mine', publicKey: HEX }])).toEqual(keyringCacheKey([{ keyId: 'mine', publicKey: B64 }]));
    expect(keyringCacheKey([{ keyId: 'mine', publicKey: HEX }])).not.toEqual(keyringCacheKey([{ keyId: 'mine', publicKey: HEX.replace(/^b2/, 'b3') }]));
    expect(keyringCacheKey([{ keyId: 'broken', publicKey: 'abcd' }])).toEqual([]);
  });
});
