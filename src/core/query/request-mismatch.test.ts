import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { Keyring } from '../keyring';
import { verifyText } from '../verify/verify-document';
import type { VerifyReport } from '../verify/report-types';
import { parseQuery } from './parse-query';
import { requestMismatches } from './request-mismatch';

let seed: VerifyReport;
beforeAll(async () => {
  const [entry] = await verifyText(readFileSync(new URL('../../../tests/fixtures/pith/UTTGU3KIYM6JKD6ALUV7A7CX74.record.json', import.meta.url), 'utf8'), { keyring: Keyring.pinned() });
  seed = entry!.report!;
});

const whats = (text: string) => {
  const q = parseQuery(text);
  if (!q.ok) throw new Error(q.error.message);
  return requestMismatches(q.value, seed).map((m) => m.what);
};

describe('requestMismatches, on the seed (pith:2017:UTTGU3KIYM6JKD6ALUV7A7CX74, arXiv 1704.04289v2)', () => {
  it('finds none for what the seed is, in every form', () => {
    for (const q of ['pith:2017:UTTGU3KIYM6JKD6ALUV7A7CX74', 'pith:UTTGU3KI', 'UTTGU3KIYM6J', '1704.04289', '10.48550/arXiv.1704.04289']) expect(whats(q), q).toEqual([]);
  });

  it('names a short number the record does not begin with (a hostile alias index)', () => {
    expect(whats('pith:2AEN4MOB')).toEqual(['suffix']);
  });

  it('names another year, another arXiv id, another version', () => {
    expect(whats('pith:2018:UTTGU3KIYM6JKD6ALUV7A7CX74')).toEqual(['year']);
    expect(whats('1611.03982')).toEqual(['arxiv-id']);
    expect(whats('10.48550/arXiv.1611.03982')).toEqual(['arxiv-id']);
    expect(whats(`1704.04289v${seed.fields.source!.value.version + 7}`)).toEqual(['version']);
  });
});
