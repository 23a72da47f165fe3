/**
 * Re-indents JSON text token by token without parsing values: JSON.parse +
 * stringify would rewrite numbers (1.0 → 1, big integers rounded) and hide
 * exactly what a verifier must show (FORMAT.md §2). Strings and numbers are
 * copied byte for byte; only whitespace between tokens changes.
 */
export function prettyJson(text: string, indent = '  '): string {
  let out = '';
  let depth = 0;
  let i = 0;
  const n = text.length;
  const newline = () => '\n' + indent.repeat(depth);
  while (i < n) {
    const ch = text[i]!;
    if (ch === '"') {
      // Copy the whole string literal, escapes included.
      let j = i + 1;
      while (j < n && text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
      out += text.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    if (ch === ' ' || ch === '\n' || ch === '\r' || ch === '\t') {
      i++;
      continue;
    }
    if (ch === '{' || ch === '[') {
      // Keep empty containers on one line: `{}` and `[]`.
      let k = i + 1;
      while (k < n && /\s/.test(text[k]!)) k++;
      const close = ch === '{' ? '}' : ']';
      if (text[k] === close) {
        out += ch + close;
        i = k + 1;
        continue;
      }
      depth++;
      out += ch + newline();
    } else if (ch === '}' || ch === ']') {
      depth = Math.max(0, depth - 1);
      out += newline() + ch;
    } else if (ch === ',') {
      out += ',' + newline();
    } else if (ch === ':') {
      out += ': ';
    } else {
      out += ch;
    }
    i++;
  }
  return out;
}
