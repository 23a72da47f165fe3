/**
 * Decides how to read an input from its first bytes, never its file name:
 * JSON Lines (stream it line by line), one JSON text (read it whole), or not
 * text at all (say so, naming the file).
 */
export type InputShape = 'jsonl' | 'json' | 'binary' | 'empty';

/** Invalid UTF-8 or NUL bytes in the head mean binary (a PDF, an image, a zip…). */
function isBinary(head: Uint8Array): boolean {
  if (head.includes(0)) return true;
  try {
    // A multi-byte character cut at the end of the head is not an error: trim up to 3 bytes.
    new TextDecoder('utf-8', { fatal: true }).decode(head.subarray(0, Math.max(0, head.length - 3)));
    return false;
  } catch {
    return true;
  }
}

export function sniffInput(head: Uint8Array, totalBytes: number): InputShape {
  if (totalBytes === 0) return 'empty';
  if (isBinary(head)) return 'binary';
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
