import { describe, expect, it } from 'vitest';
import { placeOnKeyWindow } from './key-window';

const key = { keyId: 'pith-v1-2026-05', fingerprintHex: '8d4b5ee74e4693bcd1df2446408b0d54', origin: 'pinned', rotatesAt: null };

describe('placeOnKeyWindow', () => {
  it('says when the key has no rotation date', () => {
    expect(placeOnKeyWindow('2026-05-18T00:25:29.106710Z', key)).toEqual({ placement: 'no-rotation', sentence: 'signed 2026-05-18, key has no rotation date', signedDay: '2026-05-18', rotationDay: null });
  });
  it('places the signing time before or after rotation', () => {
    expect(placeOnKeyWindow('2026-05-18T00:25:29Z', { ...key, rotatesAt: '2027-05-01T00:00:00Z' }).placement).toBe('before-rotation');
    const after = placeOnKeyWindow('2027-06-01T00:00:00Z', { ...key, rotatesAt: '2027-05-01T00:00:00Z' });
    expect(after.placement).toBe('after-rotation');
    expect(after.sentence).toMatch(/^signed 2027-06-01, on or after the key's rotation date 2027-05-01/);
    expect([after.signedDay, after.rotationDay]).toEqual(['2027-06-01', '2027-05-01']);
  });
  it('is honest when the time is missing or unreadable', () => {
    expect(placeOnKeyWindow(null, key).placement).toBe('unknown');
    expect(placeOnKeyWindow('soon', { ...key, rotatesAt: '2027-05-01T00:00:00Z' }).placement).toBe('unknown');
  });
});
