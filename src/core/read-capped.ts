/**
 * Reads a byte stream to its end, or stops as soon as it passes `cap` bytes: a mirror answer or a
 * share link is never read past the size the app states it refuses (README "Input rules and limits").
 * Takes any stream reader (web streams in browsers, workers and node alike), so the core stays free
 * of I/O: the caller opens the stream.
 */
export interface ByteReader {
  read(): Promise<{ done: true; value?: Uint8Array | undefined } | { done: false; value: Uint8Array }>;
  cancel(): Promise<void>;
}

/** The bytes read, or 'too-big' once more than `cap` bytes came (the reader is cancelled then). */
export async function readCapped(reader: ByteReader, cap: number): Promise<Uint8Array | 'too-big'> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const r = await reader.read();
    if (r.done) break;
    total += r.value.byteLength;
    if (total > cap) {
      await reader.cancel();
      return 'too-big';
    }
    chunks.push(r.value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}
