// The committed embedded mirror is exactly what scripts/build-mirror.ts makes from the
// committed real data, and every record in it verifies without a failing check.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Keyring } from '../src/core/keyring';
import { verifyText } from '../src/core/verify/verify-document';

const root = new URL('..', import.meta.url).pathname;
const committed = join(root, 'public/mirror');

describe('embedded sample mirror', () => {
  it('is up to date with scripts/build-mirror.ts (run `npm run mirror:build` after changing either)', () => {
    const out = mkdtempSync(join(tmpdir(), 'mirror-'));
    execFileSync('npx', ['tsx', 'scripts/build-mirror.ts', '--out', out], { cwd: root, stdio: 'pipe' });
    const list = (dir: string): string[] => readdirSync(dir, { recursive: true, withFileTypes: false }).map(String).sort();
    expect(list(out)).toEqual(list(committed));
    for (const f of list(committed).filter((f) => f.endsWith('.json') || f.endsWith('.md'))) {
      expect(readFileSync(join(out, f), 'utf8'), f).toBe(readFileSync(join(committed, f), 'utf8'));
    }
  });

  it('serves the seed byte for byte, and no record in it fails a check', async () => {
    expect(readFileSync(join(committed, 'pith/UTTGU3KIYM6JKD6ALUV7A7CX74.json'), 'utf8')).toBe(readFileSync(join(root, 'tests/fixtures/pith/UTTGU3KIYM6JKD6ALUV7A7CX74.record.json'), 'utf8'));
    const files = readdirSync(join(committed, 'pith')).filter((f) => f.endsWith('.json'));
    expect(files).toHaveLength(45);
    for (const f of files) {
      const [entry] = await verifyText(readFileSync(join(committed, 'pith', f), 'utf8'), { keyring: Keyring.pinned() });
      expect(entry!.report!.checks.filter((c) => c.status === 'fail'), f).toEqual([]);
      expect(entry!.report!.claimedPithNumber!.endsWith(f.replace('.json', ''))).toBe(true);
    }
  });

  it('has the seed’s assembled bundle and merged state, marked as assembled, failing no check', async () => {
    for (const kind of ['bundle', 'state'] as const) {
      const [entry] = await verifyText(readFileSync(join(committed, `pith/UTTGU3KIYM6JKD6ALUV7A7CX74/${kind}.json`), 'utf8'), { keyring: Keyring.pinned(), detail: true });
      const report = entry!.report!;
      expect(report.kind).toBe(kind);
      expect(report.checks.filter((c) => c.status === 'fail'), kind).toEqual([]);
      expect(report.detail?.provenance?.built, kind).toBe(true);
      expect(report.extras, 'pith_explorer_provenance is a known key').toEqual([]);
    }
  });
});
