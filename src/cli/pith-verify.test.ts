import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from './pith-verify';

const root = new URL('../../', import.meta.url).pathname;
const fx = (p: string) => join(root, 'tests/fixtures', p);

async function run(args: string[]) {
  let out = '';
  let err = '';
  const code = await main(args, (s) => (out += `${s}\n`), (s) => (err += `${s}\n`));
  return { code, out, err };
}

describe('pith-verify', () => {
  it('verifies the seed, exit 0, with the documented JSON shape', async () => {
    const { code, out } = await run(['--json', fx('pith/UTTGU3KIYM6JKD6ALUV7A7CX74.record.json')]);
    expect(code).toBe(0);
    const [r] = JSON.parse(out);
    expect(Object.keys(r)).toEqual(['file', 'kind', 'pith_number', 'title', 'verdict', 'checks']);
    expect(r.verdict).toBe('verified');
    expect(r.checks.map((c: { id: string }) => c.id)).toEqual(['schema', 'canonical-hash', 'pith-number', 'aliases', 'title-hash', 'abstract-hash', 'signature', 'metadata']);
  });

  it('exits 1 when any record is invalid and names the failing check in the table', async () => {
    const { code, out } = await run([fx('pith/UTTGU3KIYM6JKD6ALUV7A7CX74.record.json'), fx('tampered/signature-bit.json')]);
    expect(code).toBe(1);
    expect(out).toMatch(/signature-bit\.json\s+✘ invalid/);
    expect(out).toMatch(/signature: The signature does not verify/);
    expect(out).toMatch(/2 records: 1 verified, 0 incomplete, 1 invalid, 0 unreadable/);
  });

  it('walks a directory recursively, indexes array entries, and reports a bad file while verifying the rest (exit 2)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pith-verify-'));
    writeFileSync(join(dir, 'bad.json'), '{"nope": ');
    writeFileSync(join(dir, 'notes.txt'), 'ignored: not .json/.jsonl');
    writeFileSync(join(dir, 'two.jsonl'), `${JSON.stringify({ a: 1 })}\n${JSON.stringify(JSON.parse(readFileSync(fx('pith/UTTGU3KIYM6JKD6ALUV7A7CX74.record.json'), 'utf8')))}\n`);
    const { code, out } = await run(['--json', dir, fx('pith/vectors.json')]);
    expect(code).toBe(2);
    const rs = JSON.parse(out) as { file: string; index?: number; verdict: string; error?: { code: string } }[];
    expect(rs.filter((r) => r.file.endsWith('vectors.json'))).toHaveLength(44);
    expect(rs.find((r) => r.file.endsWith('bad.json'))?.error?.code).toBe('json-syntax');
    expect(rs.filter((r) => r.file.endsWith('two.jsonl')).map((r) => [r.index, r.verdict])).toEqual([
      [1, 'unreadable'],
      [2, 'verified'],
    ]);
    expect(rs.some((r) => r.file.endsWith('notes.txt'))).toBe(false);
  });

  it('usage errors exit 2 with a message; --help exits 0', async () => {
    expect((await run([])).code).toBe(2);
    expect((await run(['--frobnicate', 'x'])).err).toMatch(/unknown option --frobnicate/);
    expect((await run(['--key', 'k=zz', 'x'])).err).toMatch(/publicKey/);
    const help = await run(['--help']);
    expect(help.code).toBe(0);
    expect(help.out).toMatch(/usage: pith-verify/);
  });

  it('trusts an extra key given with --key', async () => {
    const key = 'b2d552b68890857171a78b36a5dccf368a953413288c353f7c9d9d6f94b709b3';
    const without = await run(['--json', fx('tampered/receipt-key-id.json')]);
    expect(JSON.parse(without.out)[0].verdict).toBe('incomplete');
    const withKey = await run(['--json', '--key', `pith-v2-2027-01=${key}`, fx('tampered/receipt-key-id.json')]);
    expect(JSON.parse(withKey.out)[0].verdict).toBe('verified');
  });

  it('runs as the package bin, reading stdin', () => {
    const seed = readFileSync(fx('pith/UTTGU3KIYM6JKD6ALUV7A7CX74.record.json'));
    const r = spawnSync(join(root, 'bin/pith-verify.mjs'), ['--json', '-'], { input: seed, encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)[0]).toMatchObject({ file: '-', verdict: 'verified', pith_number: 'pith:2017:UTTGU3KIYM6JKD6ALUV7A7CX74' });
  });
});
