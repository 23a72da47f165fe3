import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { Keyring } from '../keyring';
import { verifyText, type VerifyReport } from '../verify/verify-document';
import { bibtexAuthors, bibtexKey, buildBibtex, citeSourceOf, cslJson, nameParts, plainCitation, splitAuthors } from './cite-format';
import { LATEX_DEFINITION, latexMacro } from './latex-macro';

const fixture = (p: string) => readFileSync(new URL(`../../../tests/fixtures/${p}`, import.meta.url), 'utf8');
async function reportOf(text: string): Promise<VerifyReport> {
  const [e] = await verifyText(text, { keyring: Keyring.pinned() });
  return e!.report!;
}

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

describe('the real record (verified)', async () => {
  const source = citeSourceOf(await reportOf(fixture('pith/UTTGU3KIYM6JKD6ALUV7A7CX74.record.json')));
  const input = source.input;

  it('names the unbound authors beside the snippets, and leaves nothing out', () => {
    expect(source.omitted).toEqual([]);
    expect(source.warning).toMatch(/authors come from the record's unsigned paper fields/);
  });

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

describe('plain text and CSL-JSON of the real record', async () => {
  const { input } = citeSourceOf(await reportOf(fixture('pith/UTTGU3KIYM6JKD6ALUV7A7CX74.record.json')));
  it('gives an APA-like reference', () => {
    expect(plainCitation(input)).toBe(
      'Blei, D. M., Hoffman, M. D., & Mandt, S. (2017). Stochastic Gradient Descent as Approximate Bayesian Inference (Version 2). arXiv. https://doi.org/10.48550/arXiv.1704.04289 [Pith Number pith:2017:UTTGU3KIYM6JKD6ALUV7A7CX74]',
    );
  });
  it('gives one CSL-JSON item with names split, the v1 date, DOI, URL and number', () => {
    expect(JSON.parse(cslJson(input))).toEqual([
      {
        id: 'pith:UTTGU3KI',
        type: 'article',
        title: 'Stochastic Gradient Descent as Approximate Bayesian Inference',
        author: [
          { family: 'Blei', given: 'David M.' },
          { family: 'Hoffman', given: 'Matthew D.' },
          { family: 'Mandt', given: 'Stephan' },
        ],
        issued: { 'date-parts': [[2017, 4, 13]] },
        publisher: 'arXiv',
        DOI: '10.48550/arXiv.1704.04289',
        number: '1704.04289',
        version: '2',
        URL: 'https://pith.science/pith/UTTGU3KIYM6JKD6ALUV7A7CX74',
        note: 'Pith Number pith:2017:UTTGU3KIYM6JKD6ALUV7A7CX74',
      },
    ]);
  });
  it('keeps a braced group name whole, and defines the macro with providecommand', () => {
    expect(nameParts('{ATLAS Collaboration}')).toEqual({ family: 'ATLAS Collaboration', given: '' });
    expect(nameParts('Plato')).toEqual({ family: 'Plato', given: '' });
    expect(LATEX_DEFINITION.startsWith('\\providecommand{\\pithnumber}[1]')).toBe(true);
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
  it('keys an entry by the short number, else the arXiv id', () => {
    const input = { suffix: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', pithNumber: 'pith:2020:ABCDEFGHIJKLMNOPQRSTUVWXYZ', title: null, authorsText: null, submittedAt: null, arxivId: null, primaryClass: null };
    expect(bibtexKey(input)).toBe('pith:ABCDEFGH');
    expect(bibtexKey({ ...input, suffix: null, arxivId: 'math/0702322' })).toBe('arXiv:math/0702322');
    expect(bibtexKey({ ...input, suffix: null })).toBe('pith-record');
  });
});

describe('unbound text cannot break out of a BibTeX field', () => {
  const input = { suffix: 'UTTGU3KIYM6JKD6ALUV7A7CX74', pithNumber: null, title: 'T', authorsText: null, submittedAt: null, arxivId: null, primaryClass: null };
  /** BibTeX's own view: every brace counted literally, one @ entry, no field outside it. */
  const entries = (bib: string) => {
    let depth = 0;
    let opened = 0;
    for (const ch of bib) {
      if (ch === '{') {
        if (depth === 0) opened++;
        depth++;
      }
      else if (ch === '}') depth--;
      if (depth < 0) return -1;
    }
    return depth === 0 ? opened : -1;
  };
  it.each([
    ['Mallory}}{@misc{pith:UTTGU3KI, title = {A Forged Title}, author = {Eve Forger}, year = {2017}, note = {x}}{'],
    ['Mallory} and title={A Forged Title} and note={x'],
    ['{'],
    ['}'],
    ['a}{b'],
  ])('%j stays inside its field', (authors) => {
    const bib = buildBibtex({ ...input, authorsText: authors });
    // One entry, and only the fields this app wrote: whatever the authors say stays inside `author`.
    expect(entries(bib)).toBe(1);
    expect(bib.split('\n').filter((l) => /^\s+\w+ = \{/.test(l)).map((l) => l.trim().split(' ')[0])).toEqual(['title', 'author', 'url']);
  });
  it('keeps balanced TeX as written', () => {
    expect(buildBibtex({ ...input, authorsText: 'J{\\"o}rg M{\\"u}ller' })).toContain('author = {J{\\"o}rg M{\\"u}ller}');
  });
  it('never puts braces or commas into the key', () => {
    expect(bibtexKey({ ...input, suffix: null, arxivId: 'x},{y' })).toBe('pith-record');
  });
});

describe('records that are not verified take only bound values (truth issue, route 9)', () => {
  it('signer unknown: nothing is bound, so nothing is cited, and it says so', async () => {
    const source = citeSourceOf(await reportOf(fixture('tampered/receipt-key-id.json')));
    expect(source.warning).toMatch(/not verified \(incomplete\): only values bound to the signed digest are used; left out: pith-number, title, authors, submitted-at, source, primary-category/);
    expect(source.input).toEqual({ suffix: null, pithNumber: null, title: null, authorsText: null, submittedAt: null, arxivId: null, primaryClass: null, version: null });
  });
  it('invalid paper field: the bound values are still cited, the contradicted copy never', async () => {
    const source = citeSourceOf(await reportOf(fixture('tampered/paper-primary-cat.json')));
    expect(source.warning).toMatch(/not verified \(invalid\)/);
    // The canonical (signed) category is cited, not paper.primary_cat's "cs.LG".
    expect(source.input).toMatchObject({ suffix: 'UTTGU3KIYM6JKD6ALUV7A7CX74', title: 'Stochastic Gradient Descent as Approximate Bayesian Inference', primaryClass: 'stat.ML', arxivId: '1704.04289', authorsText: null });
    expect(source.omitted).toEqual(['authors']);
  });
  it('a contradicted title is left out', async () => {
    const source = citeSourceOf(await reportOf(fixture('tampered/paper-title.json')));
    expect(source.input.title).toBeNull();
    expect(source.omitted).toContain('title');
  });
});
