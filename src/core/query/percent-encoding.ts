/**
 * A link's percent-encoded text read as the link holds it (apart from lookup-param.ts, which the
 * entry chunk carries for a deep link's first verdict: these are needed only to explain a link that
 * does not decode).
 */
import { visibleText } from '../text/visible-text';

/**
 * What is wrong with a link's percent-encoded text (RFC 3986 §2.1: each % is followed by two hex
 * digits, and the bytes they give are UTF-8, as decodeURIComponent reads them), or null when it
 * decodes. A browser's own reading turns bad bytes into U+FFFD without a word, which then read as
 * "not plain ASCII (a look-alike?)"; this says what the link holds. `form` says how '+' reads: a
 * space in a query string (application/x-www-form-urlencoded), itself in a path.
 */
export function percentEncodingProblem(encoded: string, where: string, form: 'query' | 'path'): string | null {
  try {
    decodeURIComponent(form === 'query' ? encoded.replaceAll('+', ' ') : encoded);
    return null;
  } catch {
    const bad = /%(?![0-9A-Fa-f]{2})/.exec(encoded);
    const what = bad ? `'${encoded.slice(bad.index, bad.index + 3)}' at character ${bad.index + 1} is not % and two hex digits` : 'its %-escapes do not spell UTF-8 text';
    return `The ${where} of this link, '${visibleText(encoded)}', is not valid percent-encoding: ${what} (RFC 3986 §2.1). Type what you were looking for below.`;
  }
}
