/**
 * Decides how to read an input from its first bytes, never its file name: JSON Lines (stream it
 * line by line), one JSON text (read it whole), or not text at all (say so, naming the file).
 * Text that is not UTF-8 (Latin-1, UTF-16) is read whole, so decodeInput can say exactly what it
 * is and where the first bad byte sits, rather than calling it binary.
 */
export type InputShape = 'jsonl' | 'json' | 'binary' | 'empty';

/** UTF-16 or UTF-32 by its byte order mark, or by the NUL beside an ASCII first character (RFC 4627 §3). */
function isWideText(head: Uint8Array): boolean {
  const [a, b] = head;
  return (a === 0xff && b === 0xfe) || (a === 0xfe && b === 0xff) || (head.length >= 2 && (a === 0) !== (b === 0) && ((a ?? 0) < 0x80 || (b ?? 0) < 0x80));
}

/** Whether the head is valid UTF-8 (a character cut at its end is not an error). */
function isUtf8(head: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(head.subarray(0, Math.max(0, head.length - 3)));
    return true;
  } catch {
    return false;
  }
}

/** The shape of an input from its first bytes and its size (see the module comment). */
export function sniffInput(head: Uint8Array, totalBytes: number): InputShape {
  if (totalBytes === 0) return 'empty';
  if (isWideText(head)) return 'json';
  // NUL bytes mean binary (a PDF, an image, a zip…): JSON text cannot hold a raw NUL.
  if (head.includes(0)) return 'binary';
  if (!isUtf8(head)) return 'json';
  const text = new TextDecoder().decode(head).replace(/^\uFEFF/, '');
  const start = text.search(/\S/);
  if (start === -1) return totalBytes > head.length ? 'json' : 'empty';
  if (text[start] !== '{') return 'json';
  // JSONL when the first line is a complete JSON value and more follows it.
  const nl = text.indexOf('\n', start);
  if (nl === -1) return 'json';
  try {
    JSON.parse(text.slice(start, nl));
  } catch {
    return 'json';
  }
  return /\S/.test(text.slice(nl)) || totalBytes > head.length ? 'jsonl' : 'json';
}

export const BINARY_MESSAGE = (name: string) =>
  `${name} is binary data, not JSON text. Expected a .json or .jsonl file holding pith records (a record, bundle, state, canonical record, an array of them, or one per line).`;
