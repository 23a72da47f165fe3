import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { BatchRow } from './batch-types';
import { DEFAULT_VIEW, searchOfView, selectRows, SHOW_VALUES, SORT_VALUES, viewFromSearch } from './batch-view';

const row = (id: string, verdict: BatchRow['verdict'], file: string, title: string | null = null): BatchRow => ({
  id, file, index: null, kind: 'record', pithNumber: null, title, titleBinding: null, verdict, failing: [], error: null, errorCode: null,
});

describe('batch view in the URL', () => {
  it('reads what it wrote, for every filter and sort', () => {
    fc.assert(
      fc.property(fc.constantFrom(...SHOW_VALUES), fc.constantFrom(...SORT_VALUES), fc.string(), (show, sort, find) => {
        const view = { show, sort, find };
        const back = viewFromSearch(searchOfView(view));
        expect(back).toEqual(find.trim() === '' ? { show, sort, find: '' } : view);
      }),
    );
  });
  it('falls back to the default for anything it does not know, and leaves defaults out of the URL', () => {
    expect(viewFromSearch({ show: 'everything', sort: 42, find: ['x'] })).toEqual(DEFAULT_VIEW);
    expect(searchOfView(DEFAULT_VIEW)).toEqual({});
  });
  it('filters, finds and sorts worst first, keeping finish order among equals', () => {
    const rows = [row('a', 'verified', 'a.json', 'Alpha'), row('b', 'invalid', 'b.json'), row('c', 'unreadable', 'c.txt'), row('d', 'invalid', 'd.json')];
    expect(selectRows(rows, { ...DEFAULT_VIEW, show: 'not-verified' }).map((r) => r.id)).toEqual(['b', 'c', 'd']);
    expect(selectRows(rows, { ...DEFAULT_VIEW, sort: 'verdict' }).map((r) => r.id)).toEqual(['b', 'd', 'c', 'a']);
    expect(selectRows(rows, { ...DEFAULT_VIEW, find: ' ALPHA ' }).map((r) => r.id)).toEqual(['a']);
    expect(selectRows(rows, DEFAULT_VIEW)).not.toBe(rows);
  });
});
