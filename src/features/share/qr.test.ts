/**
 * The QR codes this app draws are read back by an independent decoder (jsQR), as a phone camera
 * would: what is scanned is exactly the link, for the real deep links and for any text that fits.
 */
import fc from 'fast-check';
import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';
import { QUIET_ZONE, qrDrawing } from './qr';

/** The drawing as RGBA pixels, `scale` pixels per module, dark on white. */
function raster(text: string, scale = 4): { data: Uint8ClampedArray; width: number } {
  const d = qrDrawing(text);
  const width = d.size * scale;
  const data = new Uint8ClampedArray(width * width * 4).fill(255);
  for (let y = 0; y < width; y++) {
    for (let x = 0; x < width; x++) {
      if (d.dark(Math.floor(x / scale), Math.floor(y / scale))) data.fill(0, (y * width + x) * 4, (y * width + x) * 4 + 3);
    }
  }
  return { data, width };
}

const scan = (text: string) => {
  const { data, width } = raster(text);
  return jsQR(data, width, width)?.data ?? null;
};

describe('qrDrawing', () => {
  it('scans back as the record deep links', () => {
    for (const url of ['http://127.0.0.1:4173/pith/UTTGU3KIYM6JKD6ALUV7A7CX74', 'https://pith-explorer.example/pith/5A3HLEK2XQKADNVEISHU2OVNDY']) expect(scan(url)).toBe(url);
  });
  it('keeps the quiet zone light on every side', () => {
    const d = qrDrawing('https://pith.science/pith/UTTGU3KIYM6JKD6ALUV7A7CX74');
    for (let i = 0; i < d.size; i++) {
      for (let q = 0; q < QUIET_ZONE; q++) {
        expect([d.dark(i, q), d.dark(q, i), d.dark(i, d.size - 1 - q), d.dark(d.size - 1 - q, i)]).toEqual([false, false, false, false]);
      }
    }
    // The finder pattern's corner module starts right after the quiet zone.
    expect(d.dark(QUIET_ZONE, QUIET_ZONE)).toBe(true);
  });
  it('scans back as any short text', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 120, unit: 'grapheme-ascii' }), (text) => {
        expect(scan(text)).toBe(text);
      }),
      { numRuns: 40 },
    );
  });
});
