// Project conventions a linter does not cover: kebab-case file names, no barrel files,
// and a framework-free core (lint enforces the import rule; this double-checks the files).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('..', import.meta.url).pathname;
function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}
const files = walk(join(root, 'src')).map((f) => relative(root, f));

describe('source conventions', () => {
  it('uses kebab-case file names', () => {
    const bad = files.filter((f) => !/^[a-z0-9]+(-[a-z0-9]+)*(\.[a-z0-9]+)*$/.test(f.split('/').pop()!));
    expect(bad).toEqual([]);
  });
  it('has no barrel files', () => {
    expect(files.filter((f) => /(^|\/)index\.tsx?$/.test(f))).toEqual([]);
  });
  it('keeps src/core free of React, DOM-only, fetch and node: code', () => {
    const core = files.filter((f) => f.startsWith('src/core/') && !f.endsWith('.test.ts'));
    expect(core.length).toBeGreaterThan(20);
    const offenders = core.filter((f) => {
      // Strip comments (prose mentions "document (" freely) and strings before looking for calls.
      const text = readFileSync(join(root, f), 'utf8')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/^\s*\/\/.*$/gm, '');
      return /from ['"](react|react-dom|@tanstack\/|node:)/.test(text) || /(^|[^.\w])(fetch|localStorage\.\w+|document\.\w+)\s*\(/m.test(text) || /\bwindow\./.test(text);
    });
    expect(offenders).toEqual([]);
  });
  it('documents every exported function and class of src/core (a doc comment right above it)', () => {
    const missing = files
      .filter((f) => f.startsWith('src/core/') && f.endsWith('.ts') && !f.endsWith('.test.ts'))
      .flatMap((f) => {
        const lines = readFileSync(join(root, f), 'utf8').split('\n');
        return lines.flatMap((line, i) => {
          if (!/^export (async )?function |^export (abstract )?class /.test(line)) return [];
          let j = i - 1;
          while (j >= 0 && /^\s*\/\//.test(lines[j]!)) j--;
          return j >= 0 && lines[j]!.trim().endsWith('*/') ? [] : [`${f}:${i + 1}`];
        });
      });
    expect(missing).toEqual([]);
  });

  it('keeps files small (split past ~300 lines, tests and generated tables excepted)', () => {
    const big = files
      .filter((f) => /\.(ts|tsx)$/.test(f) && !f.endsWith('.test.ts') && !f.includes('python-case-exceptions') && !f.includes('arxiv-names'))
      .filter((f) => readFileSync(join(root, f), 'utf8').split('\n').length > 330);
    expect(big).toEqual([]);
  });
});
