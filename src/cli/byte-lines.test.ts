/**
 * byteLines (build-inputs.ts) over any chunking: the same lines as splitting the whole text at "\n"
 * (a CR before it dropped), however the stream cuts them, a long line across many chunks included.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { byteLines } from './build-inputs';

async function linesOf(chunks: readonly Buffer[]): Promise<string[]> {
  const out: string[] = [];
  async function* stream() {
    yield* chunks;
  }
  for await (const line of byteLines(stream())) out.push(line.toString('latin1'));
  return out;
}

/** The reference: split the whole text; drop a CR before each newline; no line after a final newline. */
function reference(text: string): string[] {
  const parts = text.split('\n');
  const ended = parts.slice(0, -1).map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l));
  const last = parts.at(-1)!;
  return last === '' ? ended : [...ended, last];
}

describe('byteLines', () => {
  it('gives the lines of the whole text, however it is cut into chunks (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: fc.constantFrom('a', 'b', '\n', '\r', 'é'), maxLength: 200 }), fc.array(fc.nat(50), { maxLength: 20 }), async (text, cuts) => {
        const bytes = Buffer.from(text, 'latin1');
        const points = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
        const chunks = [0, ...points, bytes.length].slice(1).map((end, i, all) => bytes.subarray(i === 0 ? 0 : all[i - 1]!, end)).filter((c) => c.length > 0);
        expect(await linesOf(chunks)).toEqual(reference(text));
      }),
      { numRuns: 500 },
    );
  });

  it('joins a line spread over a thousand chunks once, with a CR split from its newline', async () => {
    const chunks = [...Array.from({ length: 1000 }, () => Buffer.from('x'.repeat(64))), Buffer.from('\r'), Buffer.from('\nnext')];
    expect(await linesOf(chunks)).toEqual(['x'.repeat(64_000), 'next']);
  });
});
