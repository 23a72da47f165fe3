// pith-mirror build (issue 11): a tree from real records, JSON Lines and a bundle; every key it
// writes is found again through the core's reader; invalid inputs refused and reported; the same
// inputs give the same bytes; a second build adds to the first.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { queryOf } from '../../tests/test-mirrors';
import { Keyring } from '../core/keyring';
import { aliasReader, readAliasIndex, readAliasShard } from '../core/mirrors/alias-index';
import { lookupAlias } from '../core/mirrors/alias-lookup';
import { buildMirror } from './mirror-build';

const root = new URL('../../', import.meta.url).pathname;
const SEED = 'UTTGU3KIYM6JKD6ALUV7A7CX74';
const records = join(root, 'public/mirror/pith');
const keyring = Keyring.pinned();
const tmp = () => mkdtempSync(join(tmpdir(), 'pith-mirror-'));

function reader(dir: string) {
  const index = readAliasIndex(JSON.parse(readFileSync(join(dir, 'alias-index.json'), 'utf8')));
  if (!index.ok) throw new Error(index.error.message);
  return {
    index: index.value,
    read: aliasReader(index.value, (shard) => {
      const r = readAliasShard(JSON.parse(readFileSync(join(dir, 'alias-index', `${shard}.json`), 'utf8')), shard);
      return Promise.resolve(r.ok ? r.value : null);
    }),
  };
}

function treeBytes(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string, rel: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(d, e.name), `${rel}${e.name}/`);
      else out[`${rel}${e.name}`] = readFileSync(join(d, e.name), 'utf8');
    }
  };
  walk(dir, '');
  return out;
}

describe('pith-mirror build', () => {
  // Found by a hostile review of the first version.
  it('files a record only under a number that checks, and never gives an unchecked one the paper’s keys', async () => {
    const out = tmp();
    const r = await buildMirror([join(records, `${SEED}.json`), join(root, 'tests/fixtures/tampered/cr-float.json'), join(root, 'tests/fixtures/tampered/cr-bigint.json')], out, keyring);
    expect(r.refused.map((x) => x.reason)).toEqual([expect.stringContaining('cannot be checked (float-present)'), expect.stringContaining('cannot be checked (integer-too-large)')]);
    expect(readdirSync(join(out, 'pith'))).toEqual([`${SEED}.json`]);
    expect(await lookupAlias(reader(out).read, queryOf('arXiv:1704.04289'))).toEqual({ found: true, suffix: SEED });
  });

  it('keeps the better copy of a record, whichever came first', async () => {
    const bare = join(root, 'tests/fixtures/tampered/partial-bare.json');
    const seedFile = join(records, `${SEED}.json`);
    for (const order of [[seedFile, bare], [bare, seedFile]]) {
      const out = tmp();
      const r = await buildMirror(order, out, keyring);
      expect(readFileSync(join(out, 'pith', `${SEED}.json`), 'utf8')).toBe(readFileSync(seedFile, 'utf8'));
      expect(reader(out).index.records?.[0]).toMatchObject({ suffix: SEED, signed: true });
      if (order[0] === seedFile) expect(r.kept).toEqual([{ input: bare, reason: expect.stringContaining('(verified, signed) is kept over this one (incomplete)') }]);
    }
  });

  it('refuses what it cannot read and still writes the index: a missing input, a line that is not UTF-8, a symlink loop', async () => {
    const out = tmp();
    const dir = tmp();
    // A JSON Lines line with a byte that is not UTF-8 (0xFF): refused, never decoded to U+FFFD.
    writeFileSync(join(dir, 'dump.jsonl'), Buffer.from([0x7b, 0x22, 0xff, 0x22, 0x7d, 0x0a]));
    symlinkSync(dir, join(dir, 'self'));
    const r = await buildMirror([join(dir, 'nonexistent.json'), dir, join(records, `${SEED}.json`)], out, keyring);
    expect(r.refused.map((x) => x.reason)).toEqual(expect.arrayContaining(['cannot read: ENOENT', expect.stringMatching(/UTF-8/), expect.stringContaining('a directory already read')]));
    expect(r.written).toBe(1);
    expect(existsSync(join(out, 'alias-index.json'))).toBe(true);
    expect(readdirSync(out).sort()).toEqual(['alias-index', 'alias-index.json', 'pith']);
  });

  it('builds the embedded mirror’s tree, byte for byte as committed, and every key resolves', async () => {
    const out = tmp();
    const r = await buildMirror([records], out, keyring);
    expect(r).toMatchObject({ written: 47, unchanged: 0, kept: [], refused: [], index: { entryCount: 258, prefixLength: 1, shardCount: 16 } });
    const built = treeBytes(out);
    const committed = treeBytes(join(root, 'public/mirror'));
    delete committed['README.md'];
    expect(built).toEqual(committed);
    const { read } = reader(out);
    expect(await lookupAlias(read, queryOf('arXiv:1704.04289v2'))).toEqual({ found: true, suffix: SEED });
    expect(await lookupAlias(read, queryOf('10.48550/arXiv.1611.03982'))).toEqual({ found: true, suffix: '2AEN4MOBPLL372HGEXWNG3JGNG' });
    expect(await lookupAlias(read, queryOf('pith:UTTGU3KIYM6J'))).toEqual({ found: true, suffix: SEED });
  });

  it('refuses invalid inputs and documents that are not records, says why, and writes the rest', async () => {
    const out = tmp();
    const dir = tmp();
    const jsonl = join(dir, 'dump.jsonl');
    writeFileSync(jsonl, [readFileSync(join(records, `${SEED}.json`), 'utf8').trim(), readFileSync(join(root, 'tests/fixtures/tampered/cr-license.json'), 'utf8').replace(/\n\s*/g, ''), '{"not": "a record"', ''].join('\n'));
    const r = await buildMirror([jsonl, join(root, 'tests/fixtures/pith/pith-mirrors.json'), join(root, 'tests/fixtures/tampered/bundle-assembled.json')], out, keyring);
    expect(r.refused.map((x) => [x.input.replace(root, ''), x.reason.split(':')[0]])).toEqual([
      [`${jsonl.replace(root, '')}:2`, 'invalid'],
      [`${jsonl.replace(root, '')}:3`, expect.stringMatching(/JSON/)],
      ['tests/fixtures/pith/pith-mirrors.json', 'This is a mirror manifest (pith-mirrors.json)'],
    ]);
    expect(r.written).toBe(2);
    expect(readdirSync(join(out, 'pith', SEED))).toEqual(['bundle.json']);
    expect(await lookupAlias(reader(out).read, queryOf('arXiv:1704.04289'))).toEqual({ found: true, suffix: SEED });
  });

  it('gives the same bytes for the same inputs, and adds to an existing tree', async () => {
    const a = tmp();
    const seedOnly = tmp();
    writeFileSync(join(seedOnly, `${SEED}.json`), readFileSync(join(records, `${SEED}.json`)));
    await buildMirror([seedOnly], a, keyring);
    const once = treeBytes(a);
    expect(await buildMirror([seedOnly], a, keyring)).toMatchObject({ written: 0, unchanged: 1 });
    expect(treeBytes(a)).toEqual(once);
    // Adding the other 44 records to it gives the tree built from all 45 at once.
    await buildMirror([records], a, keyring);
    const all = tmp();
    await buildMirror([records], all, keyring);
    expect(treeBytes(a)).toEqual(treeBytes(all));
  });

  it('runs as the installed command, with a manifest', () => {
    const out = tmp();
    const run = spawnSync(process.execPath, [join(root, 'bin/pith-mirror.mjs'), 'build', '--out', out, '--base-url', 'https://mirror.example.org', records], { encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/47 written, 0 unchanged, 0 kept over, 0 refused; alias index: 258 keys in 16 shards of 1 hex character/);
    expect(JSON.parse(readFileSync(join(out, 'pith-mirrors.json'), 'utf8')).mirrors[0]).toMatchObject({ base_url: 'https://mirror.example.org', alias_index: 'https://mirror.example.org/alias-index.json' });
    const bad = spawnSync(process.execPath, [join(root, 'bin/pith-mirror.mjs'), 'build', records], { encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--out DIR is required');
  }, 30_000);
});
