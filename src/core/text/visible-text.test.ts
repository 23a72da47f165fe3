import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { firstOddCharacter, visibleProse, visibleText } from './visible-text';

describe('visibleText: outside text echoed in our sentences', () => {
  it('writes bidi controls, zero-width characters and C0/C1 controls as code points', () => {
    expect(visibleText('\u202eabc')).toBe('⟨U+202E⟩abc');
    expect(visibleText('a\u200bb\u0007c\u009bd\u2066e')).toBe('a⟨U+200B⟩b⟨U+0007⟩c⟨U+009B⟩d⟨U+2066⟩e');
    expect(visibleText('plain ASCII and é, 中文')).toBe('plain ASCII and é, 中文');
  });
  it('cuts to the stated length', () => {
    expect(visibleText('x'.repeat(1_000_000))).toHaveLength(60);
    expect(visibleText('x'.repeat(100), 10)).toBe(`${'x'.repeat(9)}…`);
    // Never half an emoji: the cut falls before a surrogate pair it would split.
    expect(visibleText('a😀😀😀😀😀', 3)).toBe('a…');
  });
  it('never leaves a direction-changing or invisible character in its output (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => {
        // eslint-disable-next-line no-control-regex -- the controls are what is tested for
        expect(visibleText(s, 400)).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/u);
      }),
    );
  });
});

describe('firstOddCharacter: why a pasted identifier does not read', () => {
  it('names the character and where it is', () => {
    expect(firstOddCharacter('\u200bpith:2017')).toBe('U+200B, a zero-width space, at character 1');
    expect(firstOddCharacter('pith\uff1a2017')).toBe('U+FF1A, a fullwidth colon, at character 5');
    expect(firstOddCharacter('\u0440ith')).toBe("U+0440, '\u0440', which is not plain ASCII (a look-alike?), at character 1");
    expect(firstOddCharacter('ab\u0001')).toBe('U+0001, an invisible control character, at character 3');
    expect(firstOddCharacter('pith:2017:UTTGU3KI')).toBeNull();
  });
});

describe('visibleProse', () => {
  it('shows bidi controls and invisible characters as code points, and keeps tabs and line breaks', () => {
    expect(visibleProse('David M. Blei \u202e deifirev \u2713\u202c, Hoffman')).toBe('David M. Blei ⟨U+202E⟩ deifirev \u2713⟨U+202C⟩, Hoffman');
    expect(visibleProse('a\u2066✓ hash-bound\u2069')).toBe('a⟨U+2066⟩✓ hash-bound⟨U+2069⟩');
    expect(visibleProse('line one\nline two\r\n\tindented')).toBe('line one\nline two\r\n\tindented');
    expect(visibleProse('x\u200by\u0000z\ufeff')).toBe('x⟨U+200B⟩y⟨U+0000⟩z⟨U+FEFF⟩');
    // Right-to-left letters need no control to show in order: they are kept as they are.
    expect(visibleProse('شبكات عصبية')).toBe('شبكات عصبية');
  });
});
