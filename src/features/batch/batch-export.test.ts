import { describe, expect, it } from 'vitest';
import type { EntryJson } from '../../core/verify/entry-json';
import { toCsv } from './batch-export';

const entry = (over: Partial<EntryJson>): EntryJson => ({ file: 'a.json', kind: 'record', pith_number: 'pith:2017:X', verdict: 'verified', checks: [], ...over });

describe('toCsv', () => {
  it('writes a header and one line per entry, quoting commas, quotes and newlines', () => {
    const csv = toCsv([
      entry({ title: 'A, "quoted"\ntitle', index: 3, checks: [{ id: 'signature', status: 'fail', reason: 'r' }, { id: 'abstract-hash', status: 'skip', reason: 'r' }], verdict: 'invalid' }),
    ]);
    expect(csv).toBe('file,index,kind,pith_number,title,verdict,failing_checks,not_checkable,error\r\na.json,3,record,pith:2017:X,"A, ""quoted""\ntitle",invalid,signature,abstract-hash,\r\n');
  });
  it('defuses spreadsheet formulas', () => {
    expect(toCsv([entry({ file: '=HYPERLINK("x")' })])).toContain(`"'=HYPERLINK(""x"")"`);
  });
});
