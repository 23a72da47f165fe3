/**
 * Self-verifying share links: the record travels in the URL fragment (`#…`),
 * which browsers never send to a server, deflate-compressed (the browser's own
 * CompressionStream) and base64url-encoded (RFC 4648 §5). Format: `v1.<data>`;
 * a future format gets a new prefix and old links keep working.
 */
import { base64urlnopad } from '@scure/base';

/** Past this the link is refused: chat apps, mail clients and some proxies cut longer URLs. */
export const SAFE_LINK_CHARS = 16_000;
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
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(await pipe(bytes, new DecompressionStream('deflate-raw'))) };
  } catch {
    return { ok: false, message: 'This share link is damaged: its data does not decompress (was it cut short?).' };
  }
}

/** The signed core of a record document: enough to verify, without unsigned live data. */
export function signedCore(doc: Record<string, unknown>): Record<string, unknown> {
  const keep = ['record_type', 'schema_url', 'pith_number', 'short_pith_number', 'schema_version', 'canonical_sha256', 'source', 'canonical_record', 'receipt'];
  const out: Record<string, unknown> = Object.fromEntries(keep.filter((k) => k in doc).map((k) => [k, doc[k]]));
  const paper = doc.paper as Record<string, unknown> | undefined;
  if (paper && typeof paper === 'object') out.paper = Object.fromEntries(['title', 'authors_text', 'abstract_excerpt'].filter((k) => k in paper).map((k) => [k, paper[k]]));
  return out;
}
