/**
 * Self-verifying share links: the record travels in the URL fragment (`#…`),
 * which browsers never send to a server, deflate-compressed (the browser's own
 * CompressionStream) and base64url-encoded (RFC 4648 §5). Format: `v1.<data>`;
 * a future format gets a new prefix and old links keep working.
 */
import { base64urlnopad } from '@scure/base';
import { readCapped } from '../../core/read-capped';

/** Past this the link is refused: chat apps, mail clients and some proxies cut longer URLs. */
export const SAFE_LINK_CHARS = 16_000;
/** A link's record may inflate to at most this many bytes: a crafted fragment cannot make the tab decompress gigabytes. */
export const MAX_SHARED_BYTES = 4 * 1024 * 1024;
const PREFIX = 'v1.';

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const out = new Response(new Blob([bytes as BlobPart]).stream().pipeThrough(stream));
  return new Uint8Array(await out.arrayBuffer());
}

export async function encodeShare(text: string): Promise<string> {
  const packed = await pipe(new TextEncoder().encode(text), new CompressionStream('deflate-raw'));
  return PREFIX + base64urlnopad.encode(packed);
}

export type DecodeResult = { ok: true; text: string } | { ok: false; message: string };

export async function decodeShare(fragment: string): Promise<DecodeResult> {
  const f = fragment.replace(/^#/, '');
  if (f === '') return { ok: false, message: 'This share link carries no record: the part after # is empty.' };
  if (!f.startsWith(PREFIX)) return { ok: false, message: `This share link's format is not known (expected it to start with #${PREFIX}); it may come from a newer version of pith-explorer.` };
  let bytes: Uint8Array;
  try {
    bytes = base64urlnopad.decode(f.slice(PREFIX.length));
  } catch {
    return { ok: false, message: 'This share link is damaged: the data after #v1. is not base64url (was it cut or edited?).' };
  }
  let inflated: Uint8Array | 'too-big';
  try {
    inflated = await inflateCapped(bytes, MAX_SHARED_BYTES);
  } catch {
    return { ok: false, message: 'This share link is damaged: its data does not decompress (was it cut short?).' };
  }
  if (inflated === 'too-big') {
    return { ok: false, message: `This share link inflates to more than ${MAX_SHARED_BYTES / 1024 / 1024} MB, which no single record needs; decompression was stopped there and nothing was verified.` };
  }
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(inflated) };
  } catch {
    return { ok: false, message: 'This share link is damaged: its data is not UTF-8 text.' };
  }
}

/** Inflates chunk by chunk and stops as soon as the output passes `cap` bytes. */
function inflateCapped(bytes: Uint8Array, cap: number): Promise<Uint8Array | 'too-big'> {
  return readCapped(new Blob([bytes as BlobPart]).stream().pipeThrough(new DecompressionStream('deflate-raw')).getReader(), cap);
}
