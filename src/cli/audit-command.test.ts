// `pith-verify audit` (issue 11) against local mirrors served by the test itself: a faithful one, one
// serving a tampered copy, one that is down, one without the record.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveFiles, type LocalServer } from '../../tests/local-server';
import { embeddedIndexFiles } from '../../tests/test-mirrors';
import { main } from './pith-verify';

const root = new URL('../../', import.meta.url).pathname;
const SEED = 'UTTGU3KIYM6JKD6ALUV7A7CX74';
const TAMPERED = join(root, 'tests/fixtures/tampered/paper-title.json');
let server: LocalServer;
let good = '';
let forged = '';
const DOWN = 'http://127.0.0.1:9';

beforeAll(async () => {
  server = await serveFiles({
    [`/good/pith/${SEED}.json`]: readFileSync(join(root, `public/mirror/pith/${SEED}.json`), 'utf8'),
    ...embeddedIndexFiles('/good'),
    [`/forged/pith/${SEED}.json`]: readFileSync(TAMPERED, 'utf8'),
  });
  good = `${server.url}/good`;
  forged = `${server.url}/forged`;
});
afterAll(() => server.close());

async function run(args: string[]) {
  let out = '';
  let err = '';
  const code = await main(['audit', ...args], (s) => void (out += `${s}\n`), (s) => (err += `${s}\n`));
  return { code, out, err };
}

describe('pith-verify audit', () => {
  it('prints the matrix and exits 1 when a mirror serves a different signed copy', async () => {
    const { code, out } = await run(['--mirror', good, '--mirror', forged, '--mirror', DOWN, `pith:2017:${SEED}`]);
    expect(code).toBe(1);
    const lines = out.split('\n');
    const after = (url: string) => lines[lines.findIndex((l) => l.endsWith(url)) + 1] ?? '';
    expect(lines.find((l) => l.endsWith(good))).toMatch(/^ {2}● reference\s+http/);
    expect(after(good)).toBe('      verified · pith:2017:UTTGU3KIYM6JKD6ALUV7A7CX74 · sha256 a4e66a6d48c3 · signature pass · no field differs');
    expect(lines.find((l) => l.endsWith(forged))).toMatch(/✘ CONFLICT/);
    expect(after(forged)).toMatch(/^\s+invalid · pith:2017:UTTGU3KIYM6JKD6ALUV7A7CX74 · sha256 a4e66a6d48c3 · signature pass$/);
    expect(out).toContain('      1 field differs (rehash-bound); --json lists each');
    expect(out).toContain('✘ its copy fails here: title-hash (text-mismatch), where the reference copy does not');
    expect(lines.find((l) => l.endsWith(DOWN))).toMatch(/\? unreachable/);
    // Two short lines a mirror (a full number is 37 characters), not one row of 150 columns.
    for (const l of lines.filter((x) => !x.includes('http') && !x.includes('✘') && !x.includes('Conflict'))) expect(l.length, l).toBeLessThanOrEqual(112);
    expect(out).toContain('Conflict: 3 mirrors asked; 1 gave the reference copy, 1 conflict, 1 could not be asked.');
  });

  it('exits 0 when the mirrors agree, looking an arXiv id up in each one’s index, with --json', async () => {
    const { code, out } = await run(['--json', '--mirror', good, '--mirror', `${server.url}/empty`, 'arXiv:1704.04289']);
    expect(code).toBe(0);
    const [entry] = JSON.parse(out) as { conflict: boolean; rows: { standing: string; pith_number: string | null; outcome: string }[] }[];
    expect(entry!.conflict).toBe(false);
    expect(entry!.rows.map((r) => [r.standing, r.pith_number])).toEqual([
      ['reference', `pith:2017:${SEED}`],
      ['absent', null],
    ]);
    expect(entry!.rows[1]!.outcome).toBe('no-index');
  });

  it('compares every mirror with a file given as the target', async () => {
    const { code, out } = await run(['--json', '--mirror', good, '--mirror', forged, TAMPERED]);
    expect(code).toBe(1);
    const [entry] = JSON.parse(out) as { reference: unknown; rows: { standing: string }[] }[];
    expect(entry!.reference).toEqual({ from: 'file', label: TAMPERED, verdict: 'invalid' });
    expect(entry!.rows.map((r) => r.standing)).toEqual(['conflict', 'identical']);
  });

  it('exits 2 on a record no mirror has, and on bad arguments, saying what was expected', async () => {
    expect((await run(['--mirror', `${server.url}/empty`, SEED])).code).toBe(2);
    const noMirror = await run([SEED]);
    expect(noMirror).toMatchObject({ code: 2, err: expect.stringContaining('audit needs at least one --mirror URL') });
    const bad = await run(['--mirror', 'ftp://x.example', SEED]);
    expect(bad).toMatchObject({ code: 2, err: expect.stringContaining('--mirror ftp://x.example: A mirror URL must start with https://') });
    expect((await run(['--mirror', good, 'not-an-id'])).err).toContain('not-an-id: no such file, and not an identifier');
    expect((await run(['--mirror', good, root])).err).toContain('is a directory: audit compares one record at a time');
    // A tampered file asks the mirrors for the number it claims, and no mirror having it is exit 2.
    const lone = await run(['--mirror', `${server.url}/empty`, join(root, 'tests/fixtures/tampered/cr-license.json')]);
    expect(lone.code).toBe(2);
    expect(lone.out).toContain('Nothing to compare: 1 mirror asked; 1 do not have it.');
    expect((await run(['--mirror', good, '--timeout', '0', SEED])).err).toContain('--timeout needs a number of seconds');
  });

  it('runs as the installed command', async () => {
    const child = spawn(process.execPath, [join(root, 'bin/pith-verify.mjs'), 'audit', '--mirror', good, '--mirror', forged, SEED], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    const code = await new Promise<number | null>((r) => child.on('close', r));
    expect(code).toBe(1);
    expect(out).toContain('✘ CONFLICT');
  }, 30_000);
});
