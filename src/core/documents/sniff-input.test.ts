import { describe, expect, it } from 'vitest';
import { sniffInput } from './sniff-input';

const enc = (s: string) => new TextEncoder().encode(s);
const shape = (s: string | Uint8Array) => {
  const b = typeof s === 'string' ? enc(s) : s;
  return sniffInput(b, b.length);
};

describe('sniffInput routes by content', () => {
  it.each([
    ['{"a":1}\n{"b":2}\n', 'jsonl'],
    ['{"a":1}\n', 'json'],
    ['{\n  "a": 1\n}\n', 'json'],
    ['[{"a":1},{"b":2}]', 'json'],
    ['\uFEFF{"a":1}\n{"b":2}', 'jsonl'],
    ['   ', 'empty'],
    ['', 'empty'],
    ['hello', 'json'],
  ])('%j → %s', (input, want) => expect(shape(input)).toBe(want));

  it('calls NUL bytes binary, but reads text that is not UTF-8 whole, for decodeInput to name it', () => {
    expect(shape(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]))).toBe('binary');
    expect(shape(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d, 0x20, 0x20, 0x20, 0x20]))).toBe('json'); // Latin-1 ÿþ
    expect(shape(new Uint8Array([0xff, 0xfe, 0x7b, 0x00, 0x7d, 0x00]))).toBe('json'); // UTF-16LE with a BOM
    expect(shape(new Uint8Array([0x7b, 0x00, 0x22, 0x00, 0x61, 0x00]))).toBe('json'); // UTF-16LE without one
  });

  it('does not call a UTF-8 character cut at the end of the head binary', () => {
    const b = enc('{"t":"é"}\n{"t":"é"}');
    expect(sniffInput(b.subarray(0, b.length - 3), b.length)).toBe('jsonl');
  });

  it('treats a head that is one line of a longer file as JSONL', () => {
    const head = enc('{"a":1}\n');
    expect(sniffInput(head, 10_000)).toBe('jsonl');
  });
});
