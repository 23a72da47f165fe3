import { describe, expect, it } from 'vitest';
import { aliasHref, aliasKindLabel, anatomyRows, arxivAbsUrl, arxivPdfUrl, downloadName } from './identifiers';

const SUFFIX = 'UTTGU3KIYM6JKD6ALUV7A7CX74';

describe('alias links', () => {
  it('sends each alias kind to its home', () => {
    expect(aliasHref('arxiv', '1704.04289', SUFFIX)).toBe('https://arxiv.org/abs/1704.04289');
    expect(aliasHref('arxiv_version', '1704.04289v2', SUFFIX)).toBe('https://arxiv.org/abs/1704.04289v2');
    expect(aliasHref('doi', '10.48550/arxiv.1704.04289', SUFFIX)).toBe('https://doi.org/10.48550/arxiv.1704.04289');
    expect(aliasHref('pith_short_8', 'UTTGU3KI', SUFFIX)).toBe(`/pith/${SUFFIX}`);
    expect(aliasHref('pith_short_12', 'UTTGU3KIYM6J', null)).toBeNull();
    expect(aliasHref('mystery', 'x', SUFFIX)).toBeNull();
  });
  it('labels kinds, leaving unknown ones as they are', () => {
    expect(aliasKindLabel('doi')).toBe('arXiv DOI');
    expect(aliasKindLabel('__proto__')).toBe('__proto__');
  });
  it('builds versioned arXiv links, old-style ids included', () => {
    expect(arxivAbsUrl('1704.04289', 2)).toBe('https://arxiv.org/abs/1704.04289v2');
    expect(arxivPdfUrl('math/0702322', 1)).toBe('https://arxiv.org/pdf/math/0702322v1');
    expect(arxivAbsUrl('1704.04289', null)).toBe('https://arxiv.org/abs/1704.04289');
  });
});

describe('anatomyRows', () => {
  it('lists the forms of the number and none of the aliases the alias table shows (FORMAT.md §1)', () => {
    const rows = Object.fromEntries(anatomyRows({ suffix: SUFFIX, year: '2017' }).map((r) => [r.label, r.value]));
    expect(rows).toEqual({
      'Full number': `pith:2017:${SUFFIX}`,
      Short: 'pith:UTTGU3KI',
      'Bare suffix': SUFFIX,
      URL: `https://pith.science/pith/${SUFFIX}`,
      LaTeX: `\\pithnumber{${SUFFIX}}`,
    });
  });
  it('leaves out what it cannot form', () => {
    expect(anatomyRows({ suffix: null, year: null })).toEqual([]);
    expect(anatomyRows({ suffix: SUFFIX, year: null }).some((r) => r.label === 'Full number')).toBe(false);
  });
});

describe('downloadName', () => {
  it('names the file by suffix, and never by something that is not one', () => {
    expect(downloadName(SUFFIX)).toBe(`${SUFFIX}.json`);
    expect(downloadName(null)).toBe('record.json');
    expect(downloadName('../../etc/passwd')).toBe('record.json');
  });

  it('names a bundle or a merged state apart from the record, as a mirror files them', () => {
    expect(downloadName(SUFFIX, 'record')).toBe(`${SUFFIX}.json`);
    expect(downloadName(SUFFIX, 'bundle')).toBe(`${SUFFIX}.bundle.json`);
    expect(downloadName(SUFFIX, 'state')).toBe(`${SUFFIX}.state.json`);
    expect(downloadName(null, 'bundle')).toBe('bundle.json');
    expect(downloadName('../x', 'state')).toBe('state.json');
  });
});
