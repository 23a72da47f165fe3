import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseQuery } from '../../core/query/parse-query';
import { firstVerdictQuery } from './first-verdict-query';

const SEED = 'UTTGU3KIYM6JKD6ALUV7A7CX74';
const base32 = fc.string({ unit: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'), minLength: 26, maxLength: 26 });

describe('firstVerdictQuery: the deep links answered before React', () => {
  it('reads /pith/<suffix> and its full and encoded forms, as the router reads the same parameter', () => {
    for (const path of [`/pith/${SEED}`, `/pith/pith:2017:${SEED}`, `/pith/pith%3A2017%3A${SEED}`, `/pith/${SEED.toLowerCase()}`]) {
      const q = firstVerdictQuery(path);
      expect(q?.type, path).toBe('pith');
      expect(q?.type === 'pith' && q.pith.suffix, path).toBe(SEED);
    }
  });

  it('leaves to the app what needs an alias index, another route or cannot be read', () => {
    for (const path of ['/', `/pith/${SEED.slice(0, 8)}`, `/pith/${SEED.slice(0, 12)}`, '/arxiv/1704.04289', `/pith/${SEED}/x`, `/pith/`, '/pith/%E0%A4%A', `/file/${SEED}`, `/pith/${SEED}0`, '/pith/arXiv:1704.04289']) {
      expect(firstVerdictQuery(path), path).toBeNull();
    }
  });

  it('answers exactly the 26-character pith numbers parseQuery reads (property)', () => {
    fc.assert(
      fc.property(base32, fc.boolean(), (suffix, prefixed) => {
        const raw = prefixed ? `pith:${suffix}` : suffix;
        const parsed = parseQuery(raw);
        const q = firstVerdictQuery(`/pith/${encodeURIComponent(raw)}`);
        expect(q).toEqual(parsed.ok && parsed.value.type === 'pith' && parsed.value.pith.suffix.length === 26 ? parsed.value : null);
      }),
    );
  });
});
