/**
 * The hostile-input corpus (tests/fixtures/hostile, from scripts/gen-hostile-corpus.py, with the
 * expectations written there from the spec) through the CLI, as a user runs it: every file's
 * entries, verdicts, failing checks, bindings and exit code. e2e/hostile.spec.ts runs the third
 * marked "app" through the app in Chromium.
 */
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli/pith-verify';
import type { EntryJson } from '../src/core/verify/entry-json';
import { HOSTILE_CASES, HOSTILE_DIR } from './hostile-manifest';

const dir = HOSTILE_DIR;
const cases = HOSTILE_CASES;

async function cli(file: string): Promise<{ code: number; entries: (EntryJson & { bindings?: Record<string, string> })[] }> {
  let out = '';
  const code = await main(['--json', new URL(file, dir).pathname], (s) => void (out += s), () => undefined);
  return { code, entries: JSON.parse(out) };
}

describe('the hostile corpus through pith-verify', () => {
  it('holds at least 80 files, a third of them also run through the app', () => {
    expect(cases.length).toBeGreaterThanOrEqual(80);
    expect(cases.filter((c) => c.app).length).toBeGreaterThanOrEqual(Math.floor(cases.length / 3));
    // Every class has at least one file the app runs too.
    for (const cls of new Set(cases.map((c) => c.class))) expect(cases.some((c) => c.class === cls && c.app), cls).toBe(true);
  });

  it.each(cases.map((c) => [`${c.class}: ${c.description} (${c.file})`, c] as const))('%s', async (_name, c) => {
    const { code, entries } = await cli(c.file);
    expect(entries.map((e) => e.verdict)).toEqual(c.entries.map((e) => e.verdict));
    c.entries.forEach((want, i) => {
      const got = entries[i]!;
      if (want.error) expect(got.error?.code, `entry ${i} error`).toBe(want.error);
      if (want.verdict === 'unreadable' || want.verdict === 'not-a-record') {
        // An unreadable entry shows nothing of the document as if it were checked.
        expect(got.title ?? null).toBeNull();
        expect(got.error?.message.length).toBeGreaterThan(20);
        return;
      }
      if (want.fail) expect(got.checks.filter((x) => x.status === 'fail').map((x) => x.id).sort(), `entry ${i} failing checks`).toEqual(want.fail);
      for (const [id, status] of Object.entries(want.status ?? {})) expect(got.checks.find((x) => x.id === id)?.status, `entry ${i} ${id}`).toBe(status);
      for (const [field, binding] of Object.entries(want.bindings ?? {})) expect(got.bindings?.[field] ?? null, `entry ${i} binding of ${field}`).toBe(binding);
    });
    expect(code).toBe(c.exit);
  });
});
