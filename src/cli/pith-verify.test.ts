import { spawn, spawnSync } from 'node:child_process';
import { appendFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from './pith-verify';

const root = new URL('../../', import.meta.url).pathname;
const fx = (p: string) => join(root, 'tests/fixtures', p);

async function run(args: string[]) {
  let out = '';
  let err = '';
  const code = await main(args, (s) => void (out += `${s}\n`), (s) => (err += `${s}\n`));
  return { code, out, err };
}

describe('pith-verify', () => {
  it('verifies the seed, exit 0, with the documented JSON shape', async () => {
    const { code, out } = await run(['--json', fx('pith/UTTGU3KIYM6JKD6ALUV7A7CX74.record.json')]);
    expect(code).toBe(0);
    const [r] = JSON.parse(out);
    expect(Object.keys(r)).toEqual(['file', 'kind', 'pith_number', 'title', 'verdict', 'headline', 'checks', 'bindings']);
    expect(r.verdict).toBe('verified');
    expect(r.checks.map((c: { id: string }) => c.id)).toEqual(['schema', 'canonical-hash', 'pith-number', 'aliases', 'title-hash', 'abstract-hash', 'signature', 'metadata', 'snapshots']);
    expect(r.checks.find((c: { id: string }) => c.id === 'abstract-hash')).toMatchObject({ status: 'skip', code: 'excerpt-cut' });
    expect(r.bindings).toMatchObject({ title: 'rehash-bound', authors: 'unbound', abstract: 'unbound', license: 'hash-bound', 'signed-digest': 'signed' });
    expect(r.headline).toMatch(/^Verified: .*authors not bound: no hash covers them/);
  });

  it('exits 1 when any record is invalid and names the failing check in the table', async () => {
    const { code, out } = await run([fx('pith/UTTGU3KIYM6JKD6ALUV7A7CX74.record.json'), fx('tampered/signature-bit.json')]);
    expect(code).toBe(1);
    expect(out).toMatch(/signature-bit\.json\s+✘ invalid/);
    expect(out).toMatch(/signature: The signature does not verify/);
    expect(out).toMatch(/2 records: 1 verified, 0 incomplete, 1 invalid, 0 unreadable/);
  });

  it('a file name holding a newline and terminal escapes cannot print a row of its own: every cell from outside is shown as ⟨U+XXXX⟩', async () => {
    // The hostile review's name (2026-12-03): a fake verified row and summary, then ESC[8m (conceal) over the real ones.
    const dir = mkdtempSync(join(tmpdir(), 'pith-ansi-'));
    const name = 'seed.json  ✔ verified    pith:2017:UTTGU3KIYM6JKD6ALUV7A7CX74\n\n1 record: 1 verified, 0 incomplete, 0 invalid, 0 unreadable\u001b[8m.json';
    writeFileSync(join(dir, name), readFileSync(fx('tampered/signature-bit.json')));
    const { code, out } = await run([dir]);
    expect(code).toBe(1);
    // Only the table's own line breaks, and no ESC at all.
    expect(out.includes('\u001b')).toBe(false);
    const lines = out.split('\n');
    expect(lines.filter((l) => /^1 record/.test(l))).toEqual(['1 record: 0 verified, 0 incomplete, 1 invalid, 0 unreadable']);
    expect(lines.filter((l) => l.includes('✔ verified'))).toHaveLength(1);
    expect(lines.find((l) => l.includes('✔ verified'))).toMatch(/⟨U\+000A⟩⟨U\+000A⟩1 record: 1 verified.*⟨U\+001B⟩\[8m\.json +✘ invalid/);
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

  it('exit codes: 1 for an invalid record whatever else happened; 2 for read errors or nothing verifiable', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pith-exit-'));
    writeFileSync(join(dir, 'bad.json'), '{"nope": ');
    expect((await run([join(dir, 'bad.json'), fx('tampered/signature-bit.json')])).code).toBe(1);
    expect((await run([join(dir, 'bad.json'), fx('pith/UTTGU3KIYM6JKD6ALUV7A7CX74.record.json')])).code).toBe(2);
    expect((await run([fx('pith/pith-mirrors.json')])).code).toBe(2); // a manifest alone: nothing verifiable
    expect((await run([fx('pith/pith-mirrors.json'), fx('pith/UTTGU3KIYM6JKD6ALUV7A7CX74.record.json')])).code).toBe(0);
    expect((await run([fx('tampered/receipt-key-id.json')])).code).toBe(0); // incomplete is not an error
  });

  it('refuses bytes that are not UTF-8, with the offset, and never verifies replacement characters', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pith-utf8-'));
    const seed = readFileSync(fx('pith/UTTGU3KIYM6JKD6ALUV7A7CX74.record.json'));
    const at = seed.indexOf('Stochastic');
    const bad = Buffer.concat([seed.subarray(0, at), Buffer.from([0xc3, 0x28]), seed.subarray(at)]);
    writeFileSync(join(dir, 'latin1.json'), bad);
    writeFileSync(join(dir, 'utf16.json'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(seed.toString('utf8'), 'utf16le')]));
    writeFileSync(join(dir, 'fffd.json'), seed.toString('utf8').replace('"headline":""', '"headline":"\uFFFD\uFFFD\uFFFD and �"'));
    const { code, out } = await run(['--json', dir]);
    const rs = JSON.parse(out) as { file: string; verdict: string; error?: { code: string; message: string } }[];
    const by = (f: string) => rs.find((r) => r.file.endsWith(f))!;
    expect(by('latin1.json').error).toMatchObject({ code: 'not-utf8', message: expect.stringContaining(`offset ${at} (0xC3 0x28`) });
    expect(by('utf16.json').error).toMatchObject({ code: 'not-utf8', message: expect.stringMatching(/UTF-16/) });
    expect(by('fffd.json').verdict).toBe('verified'); // literal U+FFFD in a string is valid UTF-8 JSON
    expect(code).toBe(2);
  });

  it('says an empty array holds no records, and a truncated pretty-printed file is one unreadable entry', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pith-shape-'));
    writeFileSync(join(dir, 'empty.json'), '[]');
    const pretty = JSON.stringify(JSON.parse(readFileSync(fx('pith/UTTGU3KIYM6JKD6ALUV7A7CX74.record.json'), 'utf8')), null, 2);
    writeFileSync(join(dir, 'cut.json'), pretty.slice(0, pretty.length / 2));
    const rs = JSON.parse((await run(['--json', dir])).out) as { file: string; index?: number; error?: { code: string; message: string } }[];
    expect(rs.filter((r) => r.file.endsWith('empty.json'))).toEqual([expect.objectContaining({ error: { code: 'no-records', message: expect.stringMatching(/empty array holds no records/) } })]);
    const cut = rs.filter((r) => r.file.endsWith('cut.json'));
    expect(cut).toHaveLength(1);
    expect(cut[0]!.error).toMatchObject({ code: 'json-syntax', message: expect.stringMatching(/cut short/) });
  });

  it('stays under 500 MB of memory on a record with a 40 MB abstract', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pith-big-'));
    const doc = JSON.parse(readFileSync(fx('pith/UTTGU3KIYM6JKD6ALUV7A7CX74.record.json'), 'utf8')) as { paper: { abstract_excerpt: string } };
    doc.paper.abstract_excerpt = 'Constant SGD simulates a Markov chain. '.repeat(1_030_000).slice(0, 40_000_000);
    writeFileSync(join(dir, 'big.json'), JSON.stringify(doc));
    // The CLI as shipped, under GNU time: its maximum resident set size is the figure that counts.
    const r = spawnSync('/usr/bin/time', ['-f', 'maxrss_kb=%M', join(root, 'bin/pith-verify.mjs'), '--json', join(dir, 'big.json')], { encoding: 'utf8', maxBuffer: 1 << 26 });
    const rss = Number(/maxrss_kb=(\d+)/.exec(r.stderr)?.[1]);
    expect(JSON.parse(r.stdout)[0]).toMatchObject({ verdict: 'invalid', checks: expect.arrayContaining([expect.objectContaining({ id: 'abstract-hash', status: 'fail', code: 'text-mismatch' })]) });
    expect(rss).toBeGreaterThan(0);
    expect(rss).toBeLessThan(500 * 1024);
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

  it('runs as compiled JavaScript: the bins load dist-cli, never a TypeScript loader (issue 11)', () => {
    for (const bin of ['pith-verify', 'pith-mirror']) expect(readFileSync(join(root, `bin/${bin}.mjs`), 'utf8')).toContain(`await runCompiled('${bin}');`);
    const runner = readFileSync(join(root, 'bin/run-compiled.mjs'), 'utf8');
    expect(runner).not.toMatch(/tsx|register\(/);
    expect(runner).toContain('../dist-cli/${name}.mjs');
  });

  it('runs as the package bin, reading stdin', () => {
    const seed = readFileSync(fx('pith/UTTGU3KIYM6JKD6ALUV7A7CX74.record.json'));
    const r = spawnSync(join(root, 'bin/pith-verify.mjs'), ['--json', '-'], { input: seed, encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)[0]).toMatchObject({ file: '-', verdict: 'verified', pith_number: 'pith:2017:UTTGU3KIYM6JKD6ALUV7A7CX74' });
  });

  it('--jsonl prints each result as it is ready: the first line of a pipe is answered before the pipe closes', async () => {
    const seedLine = JSON.stringify(JSON.parse(readFileSync(fx('pith/UTTGU3KIYM6JKD6ALUV7A7CX74.record.json'), 'utf8')));
    const child = spawn(join(root, 'bin/pith-verify.mjs'), ['--jsonl', '-'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    const firstLine = new Promise<string>((resolve) => child.stdout.on('data', (d: Buffer) => ((out += d.toString()), out.includes('\n') && resolve(out.split('\n')[0]!))));
    child.stdin.write(`${seedLine}\n`);
    // The first result comes while stdin is still open: nothing waits for the end of the input.
    expect(JSON.parse(await firstLine)).toMatchObject({ file: '-', index: 1, verdict: 'verified' });
    child.stdin.write(`${readFileSync(fx('tampered/signature-bit.json'), 'utf8').replace(/\n\s*/g, '')}\n{"broken": \n`);
    child.stdin.end();
    const code = await new Promise<number | null>((r) => child.on('close', r));
    expect(code).toBe(1);
    expect(out.trim().split('\n').map((l) => [JSON.parse(l).index, JSON.parse(l).verdict])).toEqual([
      [1, 'verified'],
      [2, 'invalid'],
      [3, 'unreadable'],
    ]);
  }, 30_000);

  it('reads a JSON Lines dump a line at a time: memory does not grow with the file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pith-jsonl-'));
    const seed = JSON.parse(readFileSync(fx('pith/UTTGU3KIYM6JKD6ALUV7A7CX74.record.json'), 'utf8')) as { inbound_citations: { sample: unknown[] } };
    // About 120 MB: 4,000 copies of the seed, each carrying 180 citation rows (unsigned data), ~30 KB a line.
    seed.inbound_citations.sample = Array.from({ length: 180 }, (_, i) => ({ citing_arxiv_id: `2101.${String(i).padStart(5, '0')}`, citing_title: 'A paper that cites it, with a long enough title to weigh', ref_index: i, is_internal_anchor: false }));
    const line = `${JSON.stringify(seed)}\n`;
    writeFileSync(join(dir, 'dump.jsonl'), line.repeat(400));
    const big = join(dir, 'big.jsonl');
    writeFileSync(big, '');
    for (let i = 0; i < 10; i++) appendFileSync(big, readFileSync(join(dir, 'dump.jsonl')));
    // The file is ~120 MB; read whole it would be held at least once as bytes and once as text. One
    // thread stays under 250 MB; two workers (the default on 2 cores) under issue 11's 300 MB.
    for (const [jobs, boundMb] of [['1', 250], ['2', 300]] as const) {
      const r = spawnSync('/usr/bin/time', ['-f', 'maxrss_kb=%M', join(root, 'bin/pith-verify.mjs'), '--jsonl', '--jobs', jobs, big], { encoding: 'utf8', maxBuffer: 1 << 28 });
      const rss = Number(/maxrss_kb=(\d+)/.exec(r.stderr)?.[1]);
      const lines = r.stdout.trim().split('\n');
      expect(lines).toHaveLength(4000);
      expect(JSON.parse(lines[3999]!)).toMatchObject({ index: 4000, verdict: 'verified' });
      expect(rss).toBeGreaterThan(0);
      expect(rss, `--jobs ${jobs}: ${Math.round(rss / 1024)} MB`).toBeLessThan(boundMb * 1024);
    }
  }, 120_000);
  it('waits for a slow reader instead of piling the results up in memory (--jsonl into a pipe)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pith-slow-'));
    const seed = readFileSync(fx('pith/UTTGU3KIYM6JKD6ALUV7A7CX74.record.json'), 'utf8').replace(/\n\s*/g, '');
    const file = join(dir, 'dump.jsonl');
    writeFileSync(file, `${seed}\n`.repeat(12_000));
    // The reader takes nothing for 5 s, then all of it: ~32 MB of results. Written regardless of
    // the pipe, they were all held as strings and write requests (480 MB peak on 50,000 bench records).
    const cmd = `/usr/bin/time -f maxrss_kb=%M -o ${join(dir, 'rss')} ${process.execPath} ${join(root, 'bin/pith-verify.mjs')} --jsonl --jobs 1 ${file} | (sleep 5; wc -l)`;
    const r = spawnSync('sh', ['-c', cmd], { encoding: 'utf8' });
    expect(r.stdout.trim()).toBe('12000');
    const rss = Number(/maxrss_kb=(\d+)/.exec(readFileSync(join(dir, 'rss'), 'utf8'))?.[1]);
    expect(rss).toBeGreaterThan(0);
    expect(rss).toBeLessThan(160 * 1024);
  }, 120_000);
  it('a worker that runs out of memory on one line loses nothing: its batch is verified in the main thread (hostile review)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pith-oom-'));
    const rec = JSON.parse(readFileSync(fx('pith/UTTGU3KIYM6JKD6ALUV7A7CX74.record.json'), 'utf8')) as { canonical_record: { metadata: Record<string, unknown> } };
    const line = JSON.stringify(rec);
    // Line 151: 2,000,000 numbers in an extra canonical field (4 MB), more than a worker's 128 MB heap holds parsed.
    rec.canonical_record.metadata.extra = Array(2e6).fill(0);
    const file = join(dir, 'dump.jsonl');
    writeFileSync(file, Array.from({ length: 300 }, (_, i) => (i === 150 ? JSON.stringify(rec) : line)).join('\n') + '\n');
    const run = (jobs: string) => spawnSync(process.execPath, [join(root, 'bin/pith-verify.mjs'), '--jsonl', '--jobs', jobs, file], { encoding: 'utf8', maxBuffer: 1 << 26 });
    const one = run('1');
    const two = run('2');
    expect([one.status, two.status]).toEqual([1, 1]);
    expect(two.stdout).toBe(one.stdout);
    const verdicts = two.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { verdict: string }).verdict);
    expect(verdicts).toHaveLength(300);
    expect(verdicts.filter((v) => v === 'invalid')).toHaveLength(1);
    expect(verdicts[150]).toBe('invalid');
  }, 120_000);

  it('a reader that goes away (| head -1) stops the run with exit 2, quietly', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pith-head-'));
    const seed = readFileSync(fx('pith/UTTGU3KIYM6JKD6ALUV7A7CX74.record.json'), 'utf8').replace(/\n\s*/g, '');
    const file = join(dir, 'dump.jsonl');
    writeFileSync(file, `${seed}\n`.repeat(6_000));
    const child = spawn(process.execPath, [join(root, 'bin/pith-verify.mjs'), '--jsonl', '--jobs', '1', file], { stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(code).toBe(2);
    expect(err).toBe('');
  }, 120_000);

  it('--jobs N gives the same results in the same order as one thread, across batch boundaries (issue 11)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pith-jobs-'));
    const seed = readFileSync(fx('pith/UTTGU3KIYM6JKD6ALUV7A7CX74.record.json'), 'utf8').trim();
    const forged = readFileSync(fx('tampered/cr-license.json'), 'utf8').replace(/\n\s*/g, '');
    // 700 lines: three batches of 256 and a part, with an invalid copy, a blank line, a line that
    // is not JSON and one that is not UTF-8 (inserted after line 600, so later lines are one further on).
    const lines: Buffer[] = [];
    for (let i = 1; i <= 700; i++) {
      lines.push(Buffer.from(i % 97 === 0 ? forged : i === 300 ? '' : i === 511 ? '{"broken": ' : seed));
      if (i === 600) lines.push(Buffer.from([0x7b, 0x22, 0xff, 0x22, 0x7d]));
    }
    const file = join(dir, 'dump.jsonl');
    writeFileSync(file, Buffer.concat(lines.flatMap((l) => [l, Buffer.from('\n')])));
    const run = (jobs: string) => spawnSync(process.execPath, [join(root, 'bin/pith-verify.mjs'), '--jsonl', '--jobs', jobs, file], { encoding: 'utf8', maxBuffer: 1 << 26 });
    const one = run('1');
    const two = run('2');
    expect([one.status, two.status]).toEqual([1, 1]);
    expect(two.stdout).toBe(one.stdout);
    const out = one.stdout.trim().split('\n').map((l) => JSON.parse(l) as { index: number; verdict: string });
    expect(out).toHaveLength(700);
    expect(out.map((r) => r.index)).toEqual([...Array.from({ length: 299 }, (_, i) => i + 1), ...Array.from({ length: 401 }, (_, i) => i + 301)]);
    expect(out.filter((r) => r.verdict === 'invalid').map((r) => r.index)).toEqual([97, 194, 291, 388, 485, 582, 680]);
    expect(out.filter((r) => r.verdict === 'unreadable').map((r) => r.index)).toEqual([511, 601]);
  }, 60_000);

  it('--jobs takes a whole number from 1 to 256', async () => {
    for (const bad of ['0', '-1', '2.5', 'many', '257']) {
      const err: string[] = [];
      expect(await main(['--jobs', bad, fx('pith/UTTGU3KIYM6JKD6ALUV7A7CX74.record.json')], () => {}, (e) => err.push(e)), bad).toBe(2);
      expect(err.join('')).toContain('--jobs needs a whole number from 1 to 256');
    }
  });
});
