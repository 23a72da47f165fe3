import { describe, expect, it } from 'vitest';
import { bibtexAuthors, bibtexKey, buildBibtex, citeInputOf, latexMacro, splitAuthors } from './cite-format';
import { readRecord } from './read-record';
import servedRecord from '../../../tests/fixtures/pith/UTTGU3KIYM6JKD6ALUV7A7CX74.record.json';

describe('authors', () => {
  it('converts pith’s comma list to BibTeX "and"', () => {
    expect(bibtexAuthors('David M. Blei, Matthew D. Hoffman, Stephan Mandt')).toBe('David M. Blei and Matthew D. Hoffman and Stephan Mandt');
    expect(bibtexAuthors('A, B, C')).toBe('A and B and C');
    expect(bibtexAuthors('Solo Author')).toBe('Solo Author');
  });
  it('keeps commas inside TeX braces and ignores empty parts', () => {
    expect(splitAuthors('J{\\"o}rg M{\\"u}ller, {ATLAS, CMS} Team,  , X')).toEqual(['J{\\"o}rg M{\\"u}ller', '{ATLAS, CMS} Team', 'X']);
  });
  it('braces a name that itself contains "and"', () => {
    expect(bibtexAuthors('Research and Development Team, B')).toBe('{Research and Development Team} and B');
  });
});

describe('the real record', () => {
  const doc: unknown = structuredClone(servedRecord);
  const input = citeInputOf(readRecord(doc));

  it('gives the LaTeX macro on the bare suffix', () => {
    expect(latexMacro(input.suffix!)).toBe('\\pithnumber{UTTGU3KIYM6JKD6ALUV7A7CX74}');
  });

  it('gives a complete @misc entry', () => {
    expect(buildBibtex(input)).toBe(
      [
        '@misc{pith:UTTGU3KI,',
        '  title = {Stochastic Gradient Descent as Approximate Bayesian Inference},',
        '  author = {David M. Blei and Matthew D. Hoffman and Stephan Mandt},',
        '  year = {2017},',
        '  eprint = {1704.04289},',
        '  archivePrefix = {arXiv},',
        '  primaryClass = {stat.ML},',
        '  doi = {10.48550/arXiv.1704.04289},',
        '  url = {https://pith.science/pith/UTTGU3KIYM6JKD6ALUV7A7CX74},',
        '  note = {Pith Number pith:2017:UTTGU3KIYM6JKD6ALUV7A7CX74}',
        '}',
      ].join('\n'),
    );
  });
});

describe('partial records', () => {
  it('leaves out what is missing instead of writing empty fields', () => {
    const text = buildBibtex({ suffix: null, pithNumber: null, title: null, authorsText: null, submittedAt: null, arxivId: 'math/0702322', primaryClass: null });
    expect(text).toBe('@misc{arXiv:math/0702322,\n  eprint = {math/0702322},\n  archivePrefix = {arXiv},\n  doi = {10.48550/arXiv.math/0702322}\n}');
  });
  it('takes the year from the pith number when the date is missing', () => {
    expect(buildBibtex({ suffix: 'UTTGU3KIYM6JKD6ALUV7A7CX74', pithNumber: 'pith:2017:UTTGU3KIYM6JKD6ALUV7A7CX74', title: null, authorsText: null, submittedAt: null, arxivId: null, primaryClass: null })).toContain('year = {2017}');
  });
  it('falls back to a computed suffix and number when the record states none', () => {
    const input = citeInputOf(readRecord({}), 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'pith:2020:ABCDEFGHIJKLMNOPQRSTUVWXYZ');
    expect(bibtexKey(input)).toBe('pith:ABCDEFGH');
    expect(input.pithNumber).toBe('pith:2020:ABCDEFGHIJKLMNOPQRSTUVWXYZ');
    expect(bibtexKey({ ...input, suffix: null, arxivId: null })).toBe('pith-record');
  });
});
