/**
 * Bytes → JSON text, refusing rather than guessing (RFC 8259 §8.1: JSON exchanged between systems
 * is UTF-8). Bytes that are not UTF-8 are never decoded to U+FFFD and verified: the input is
 * unreadable, with the byte offset of the first bad sequence. A UTF-8 byte order mark is dropped
 * (§8.1 lets parsers ignore it; editors add it); UTF-16 and UTF-32 are named as what they are.
 * A record that holds a few literal "�" characters is valid UTF-8 and is read as such.
 */
import { err, ok, pithError, type PithError, type Result } from '../errors';

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence (RFC 3629 §4), or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    // Lead byte → sequence length and the range its first continuation byte may take (no
    // overlongs, no surrogates U+D800..U+DFFF, nothing above U+10FFFF).
    let len: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) len = 2;
    else if (b >= 0xe0 && b <= 0xef) {
      len = 3;
      if (b === 0xe0) lo = 0xa0;
      if (b === 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      len = 4;
      if (b === 0xf0) lo = 0x90;
      if (b === 0xf4) hi = 0x8f;
    } else return i;
    if (i + len > n) return i;
    const c1 = bytes[i + 1]!;
    if (c1 < lo || c1 > hi) return i;
    for (let k = 2; k < len; k++) {
      const c = bytes[i + k]!;
      if (c < 0x80 || c > 0xbf) return i;
    }
    i += len;
  }
  return -1;
}

const hexByte = (b: number) => `0x${b.toString(16).toUpperCase().padStart(2, '0')}`;

/** The error for bytes that are not UTF-8 at `offset` (plus how many bytes came before this buffer). */
export function notUtf8Error(bytes: Uint8Array, offset: number, before = 0): PithError {
  const shown = [...bytes.subarray(offset, offset + 4)].map(hexByte).join(' ');
  return pithError('not-utf8', `Not UTF-8 text: the bytes at offset ${before + offset} (${shown}) are not a valid UTF-8 sequence. Expected JSON as UTF-8 (RFC 8259 §8.1); nothing was decoded with replacement characters.`);
}

/** What the first bytes say the encoding is, when they say anything. */
function encodingMark(bytes: Uint8Array): 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'utf-32' | null {
  const [a, b, c, d] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return 'utf-8-bom';
  if ((a === 0x00 && b === 0x00 && c === 0xfe && d === 0xff) || (a === 0xff && b === 0xfe && c === 0x00 && d === 0x00)) return 'utf-32';
  if (a === 0xff && b === 0xfe) return 'utf-16le';
  if (a === 0xfe && b === 0xff) return 'utf-16be';
  // No BOM: JSON text starts with ASCII, so UTF-16 shows as a NUL beside its first character (RFC 4627 §3).
  if (bytes.length >= 2 && a !== 0x00 && b === 0x00) return 'utf-16le';
  if (bytes.length >= 2 && a === 0x00 && b !== 0x00) return 'utf-16be';
  return null;
}

const FATAL = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Decodes input bytes as UTF-8 JSON text. Refuses UTF-16/32, NUL bytes (binary data: JSON text
 * cannot hold a raw NUL) and invalid UTF-8, each with a message saying what was expected.
 */
export function decodeInput(bytes: Uint8Array): Result<string> {
  const mark = encodingMark(bytes);
  if (mark === 'utf-16le' || mark === 'utf-16be' || mark === 'utf-32') {
    return err(pithError('not-utf8', `This is ${mark === 'utf-32' ? 'UTF-32' : 'UTF-16'} text, not UTF-8. JSON is exchanged as UTF-8 (RFC 8259 §8.1): save the file as UTF-8 and try again.`));
  }
  const body = mark === 'utf-8-bom' ? bytes.subarray(3) : bytes;
  const nul = body.indexOf(0);
  if (nul !== -1) return err(pithError('not-json', `This is binary data, not JSON text (a NUL byte at offset ${nul + (body === bytes ? 0 : 3)}); expected a .json or .jsonl file holding pith records.`));
  try {
    return ok(FATAL.decode(body));
  } catch {
    const at = firstInvalidUtf8(body);
    return err(notUtf8Error(body, Math.max(0, at), body === bytes ? 0 : 3));
  }
}
