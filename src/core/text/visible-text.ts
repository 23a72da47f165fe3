/**
 * Text that came from outside (a query, a file name, a title) made safe to echo inside our own
 * sentences: invisible and direction-changing characters are written as ⟨U+XXXX⟩ so they can neither
 * hide nor reverse the text around them (Unicode TR #9 §2: the explicit embedding, override and
 * isolate controls; TR #36 §2.1 on invisible characters), other control characters likewise, and the
 * result is cut to a stated length.
 */
import { cutCodeUnits } from './cut-text';

/** C0/C1 controls, the bidi controls, zero-width characters, the BOM and the line/paragraph separators. */
const INVISIBLE_CLASS = '[\\u0000-\\u001f\\u007f-\\u009f\\u061c\\u200b-\\u200f\\u2028-\\u202e\\u2060-\\u2069\\ufeff]';
const INVISIBLE_ALL = new RegExp(INVISIBLE_CLASS, 'gu');
const INVISIBLE_ONE = new RegExp(`^${INVISIBLE_CLASS}$`, 'u');

const NAMES: Readonly<Record<string, string>> = {
  '\u200b': 'a zero-width space',
  '\u200c': 'a zero-width non-joiner',
  '\u200d': 'a zero-width joiner',
  '\u200e': 'a left-to-right mark',
  '\u200f': 'a right-to-left mark',
  '\u202a': 'a left-to-right embedding',
  '\u202b': 'a right-to-left embedding',
  '\u202c': 'a pop directional formatting',
  '\u202d': 'a left-to-right override',
  '\u202e': 'a right-to-left override',
  '\u2066': 'a left-to-right isolate',
  '\u2067': 'a right-to-left isolate',
  '\u2068': 'a first strong isolate',
  '\u2069': 'a pop directional isolate',
  '\ufeff': 'a byte order mark',
  '\uff1a': 'a fullwidth colon',
  '\u00a0': 'a no-break space',
};

function codePoint(ch: string): string {
  return `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** `text` with every invisible or direction-changing character shown as ⟨U+XXXX⟩, cut to `max` characters (then "…"). */
export function visibleText(text: string, max = 60): string {
  return visibleWhole(text.length > max ? `${cutCodeUnits(text, max - 1)}…` : text);
}

/** `text` whole, with every invisible or direction-changing character shown as ⟨U+XXXX⟩ (a terminal's cells: nothing there may move the cursor, recolour or hide). */
export function visibleWhole(text: string): string {
  return text.replace(INVISIBLE_ALL, (ch) => `⟨${codePoint(ch)}⟩`);
}

/** The invisible class without tab, line feed and carriage return: a document's prose keeps its lines. */
const PROSE_INVISIBLE_CLASS = '[\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f-\\u009f\\u061c\\u200b-\\u200f\\u2028-\\u202e\\u2060-\\u2069\\ufeff]';
const INVISIBLE_IN_PROSE = new RegExp(PROSE_INVISIBLE_CLASS, 'gu');

/**
 * A document's text (a title, authors, an abstract) as the page shows it (here, in the first load's
 * module, not a module of its own: shared by the record page and the first verdict, a module of its
 * own was bundled into the verifier's chunk, and the record page could then not load without it): every invisible or
 * direction-changing character as ⟨U+XXXX⟩ except tab and line breaks. Bidi isolation alone kept a
 * right-to-left override from reordering the app's words, but not the document's own: "deifirev ✓"
 * behind U+202E read "✓ verified" next to an author's name (an attacker pass, 2026-12-03). Right-to-left
 * scripts need none of these controls to show in their order (Unicode TR #9: their letters are
 * strongly typed).
 */
export function visibleProse(text: string): string {
  return text.replace(INVISIBLE_IN_PROSE, (ch) => `⟨${codePoint(ch)}⟩`);
}

/**
 * The first character of `text` that is not printable ASCII, described for a message ("U+200B, a
 * zero-width space, at character 1"), or null. Pith numbers, arXiv ids and DOIs as typed are ASCII,
 * so such a character is most often the reason a pasted identifier does not read.
 */
export function firstOddCharacter(text: string): string | null {
  let i = 0;
  for (const ch of text) {
    i += 1;
    if (/[\x20-\x7e]/.test(ch)) continue;
    const name = NAMES[ch] ?? (INVISIBLE_ONE.test(ch) ? 'an invisible control character' : `'${ch}', which is not plain ASCII (a look-alike?)`);
    return `${codePoint(ch)}, ${name}, at character ${i}`;
  }
  return null;
}
