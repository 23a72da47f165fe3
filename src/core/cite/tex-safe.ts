/**
 * Values made safe to compile in a BibTeX field: the .bib text is copied into the reader's LaTeX
 * run, so a value is code. Record titles and authors keep their TeX as written (FORMAT.md §3: the
 * text is hashed raw, accents like J{\"o}rg and math like $\alpha$ included), but nothing may run a
 * file or shell command, define a macro, comment out the rest of the line, or close the field.
 *
 * Policy:
 *  - Every value: commands that read or write files, run the shell or (re)define macros are written
 *    as text (\textbackslash{}input); `%`, `#` and `&` that are not already escaped are escaped
 *    (a `%` would comment out the rest of the line, `#` and `&` stop LaTeX outside tables).
 *  - Values not bound to the signed digest (authors, always; any field of a record that is not
 *    verified never reaches here, cite-format.ts): only the accent and letter commands a name needs
 *    are kept; any other command, `$`, `_`, `^` and `\\` are written as text.
 *  - `\{` and `\}` become \textbraceleft{} / \textbraceright{}, and a trailing `\` \textbackslash{}:
 *    BibTeX counts braces literally (a backslash does not escape them) and LaTeX does not, so either
 *    could close the field in one and not the other.
 */

/** Primitives and macros that touch files, the shell or definitions (TeXbook ch. 21, 24; LaTeX2e). */
const DANGEROUS = new Set([
  'input', 'include', 'includeonly', 'InputIfFileExists', 'IfFileExists', 'openin', 'openout', 'read', 'readline', 'write', 'immediate',
  'closeout', 'closein', 'special', 'directlua', 'latelua', 'luaexec', 'ShellEscape', 'write18', 'def', 'edef', 'gdef', 'xdef', 'let', 'futurelet',
  'newcommand', 'renewcommand', 'providecommand', 'DeclareRobustCommand', 'newenvironment', 'renewenvironment', 'usepackage', 'RequirePackage',
  'documentclass', 'catcode', 'csname', 'endcsname', 'expandafter', 'scantokens', 'everypar', 'everymath', 'output', 'jobname', 'endinput',
  'verbatiminput', 'lstinputlisting', 'loop', 'repeat', 'afterassignment', 'aftergroup', 'uppercase', 'lowercase', 'makeatletter', 'pdfprimitive',
]);

/** What a person's name may hold: accents (LaTeX2e §3.2) and special letters. */
const NAME_COMMANDS = new Set(['"', "'", '`', '^', '~', '=', '.', 'u', 'v', 'H', 'c', 'd', 'b', 't', 'k', 'r', 'ss', 'o', 'O', 'l', 'L', 'ae', 'AE', 'oe', 'OE', 'aa', 'AA', 'i', 'j', 'relax', '&', '%', '#', '$', '_', ' ']);

/** A command name: letters (and @), read where the backslash left off. */
const WORD = /[A-Za-z@]+/y;

const AS_TEXT = (name: string) => `\\textbackslash{}${name}`;

/** `value` as TeX that is safe to compile (see the module comment); `bound`: the value is bound to the signed digest. */
export function texSafe(value: string, bound: boolean): string {
  let out = '';
  for (let i = 0; i < value.length; i++) {
    const ch = value[i]!;
    if (ch === '\\') {
      const next = value[i + 1];
      if (next === undefined) {
        out += '\\textbackslash{}';
        continue;
      }
      if (next === '{' || next === '}') {
        out += next === '{' ? '\\textbraceleft{}' : '\\textbraceright{}';
        i += 1;
        continue;
      }
      WORD.lastIndex = i + 1;
      const name = WORD.exec(value)?.[0] ?? next;
      i += name.length;
      if (name === '\\') out += bound ? '\\\\' : '\\textbackslash{}\\textbackslash{}';
      else out += !DANGEROUS.has(name) && (bound || NAME_COMMANDS.has(name)) ? `\\${name}` : AS_TEXT(name);
      continue;
    }
    if (ch === '%' || ch === '#' || ch === '&') out += `\\${ch}`;
    else if (!bound && (ch === '$' || ch === '_' || ch === '^')) out += `\\${ch === '^' ? '^{}' : ch}`;
    else out += ch;
  }
  return out;
}
