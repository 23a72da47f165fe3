import { describe, expect, it } from 'vitest';
import type { EntryJson } from '../../core/verify/entry-json';
import { toCsv } from './batch-export';

const entry = (over: Partial<EntryJson>): EntryJson => ({ file: 'a.json', kind: 'record', pith_number: 'pith:2017:X', verdict: 'verified', checks: [], ...over });

describe('toCsv', () => {
  it('writes a header and one line per entry, quoting commas, quotes and newlines', () => {
    const csv = toCsv([
      entry({
        title: 'A, "quoted"\ntitle',
        index: 3,
        bindings: { title: 'contradicted' },
        headline: 'Invalid: signature fails.',
        checks: [
          { id: 'signature', status: 'fail', code: 'signature-invalid', reason: 'r' },
          { id: 'abstract-hash', status: 'skip', code: 'excerpt-cut', reason: 'r' },
        ],
        verdict: 'invalid',
      }),
    ]);
    expect(csv).toBe(
      'file,index,kind,pith_number,title,title_binding,verdict,headline,failing_checks,not_checkable,error\r\na.json,3,record,pith:2017:X,"A, ""quoted""\ntitle",contradicted,invalid,Invalid: signature fails.,signature,abstract-hash,\r\n',
    );
  });
  it('defuses spreadsheet formulas', () => {
    expect(toCsv([entry({ file: '=HYPERLINK("x")' })])).toContain(`"'=HYPERLINK(""x"")"`);
  });
});
