import { describe, expect, it } from 'vitest';
import { buildKeyring } from '../../core/user-keys';
import { verifyText } from '../../core/verify/verify-document';
import { warmUpLines } from './warm-up';

describe('batch warm-up records', () => {
  it('are the seed as served and as a partial record, both verified with the pinned key alone', async () => {
    const text = warmUpLines(2);
    const lines = text.split('\n');
    expect(lines).toHaveLength(4);
    const entries = await verifyText(text, { keyring: buildKeyring([]).keyring });
    expect(entries.map((e) => e.report?.verdict)).toEqual(['verified', 'verified', 'verified', 'verified']);
    const [full, partial] = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(Object.keys(partial!)).toEqual(['record_type', 'pith_number', 'short_pith_number', 'schema_version', 'canonical_sha256', 'source', 'paper', 'canonical_record', 'receipt']);
    expect(Object.keys(full!).length).toBeGreaterThan(Object.keys(partial!).length);
  });
});
