/**
 * A document's prose shown with its invisible and direction-changing characters as code points
 * (visible-text.ts does the same for text echoed inside our own sentences; this one is apart so the
 * first load, which carries visible-text.ts, does not carry it).
 */

/** The invisible class without tab, line feed and carriage return: a document's prose keeps its lines. */
const PROSE_INVISIBLE_CLASS = '[\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f-\\u009f\\u061c\\u200b-\\u200f\\u2028-\\u202e\\u2060-\\u2069\\ufeff]';
const INVISIBLE_IN_PROSE = new RegExp(PROSE_INVISIBLE_CLASS, 'gu');

/**
 * A document's text (a title, authors, an abstract) as the page shows it: every invisible or
 * direction-changing character as ⟨U+XXXX⟩ except tab and line breaks. Bidi isolation alone kept a
 * right-to-left override from reordering the app's words, but not the document's own: "deifirev ✓"
 * behind U+202E read "✓ verified" next to an author's name (an attacker pass, 2026-12-03). Right-to-left
 * scripts need none of these controls to show in their order (Unicode TR #9: their letters are
 * strongly typed).
 */
export function visibleProse(text: string): string {
  return text.replace(INVISIBLE_IN_PROSE, (ch) => `⟨U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}⟩`);
}
