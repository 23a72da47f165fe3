// The two alias index forms (docs/MIRROR-FORMAT.md): what is read, what is refused, and the shard
// function held to node's own SHA-256 (a differential property test).
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { queryOf } from '../../../tests/test-mirrors';
import { aliasReader, readAliasIndex, readAliasShard, shardUrl, type AliasIndex } from './alias-index';
import { lookupAlias, MAX_SHARED } from './alias-lookup';
import { shardOf } from './shard-of';

const ROOT = { index_type: 'pith_alias_index', index_version: 2, layout: 'sharded', shard_function: 'sha256-hex-prefix', shard_prefix_length: 2, shard_path: 'alias-index/{shard}.json', entry_count: 3 };
const sharded = (over: object = {}) => readAliasIndex({ ...ROOT, ...over });

describe('shardOf', () => {
  it('is the first hex characters of SHA-256 of the key’s UTF-8 bytes, as node computes it', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), fc.integer({ min: 1, max: 6 }), (key, n) => shardOf(key, n) === createHash('sha256').update(key, 'utf8').digest('hex').slice(0, n)),
      { numRuns: 300 },
    );
    expect(shardOf('arxiv:1704.04289', 4)).toBe(createHash('sha256').update('arxiv:1704.04289').digest('hex').slice(0, 4));
  });
});

describe('readAliasIndex', () => {
  it('reads today’s single file and a version 2 root', () => {
    expect(readAliasIndex({ aliases: { 'arxiv:1': 'A' } })).toMatchObject({ ok: true, value: { form: 'single' } });
    expect(sharded()).toMatchObject({ ok: true, value: { form: 'sharded', root: { shard_prefix_length: 2 } } });
  });

  it('refuses a version, layout or shard function it does not know, rather than guess', () => {
    for (const over of [{ index_version: 3 }, { layout: 'trie' }, { shard_function: 'md5-hex-prefix' }]) {
      expect(sharded(over), JSON.stringify(over)).toMatchObject({ ok: false, error: { code: 'unsupported-version' } });
    }
  });

  it('refuses shard paths that would leave the mirror, and impossible layouts', () => {
    for (const shard_path of ['/alias/{shard}.json', 'https://evil.example/{shard}.json', '../{shard}.json', 'a/../../{shard}.json', 'alias.json', '//evil.example/{shard}']) {
      expect(sharded({ shard_path }).ok, shard_path).toBe(false);
    }
    for (const shard_prefix_length of [0, 7, 1.5, '2']) expect(sharded({ shard_prefix_length }).ok).toBe(false);
    expect(readAliasIndex([]).ok).toBe(false);
    expect(readAliasIndex({ records: [] }).ok).toBe(false);
  });

  it('puts shards beside the root, on the mirror', () => {
    const r = sharded();
    if (!r.ok || r.value.form !== 'sharded') throw new Error('no root');
    expect(shardUrl(r.value.root, 'https://m.example/base/alias-index.json', '3f')).toBe('https://m.example/base/alias-index/3f.json');
  });
});

describe('lookups through a sharded index', () => {
  const key = 'arxiv:1704.04289';
  const home = shardOf(key, 2);
  const r = sharded();
  if (!r.ok) throw new Error(r.error.message);
  const index: AliasIndex = r.value;
  const shards: Record<string, Record<string, string | string[]>> = {
    [home]: { [key]: 'UTTGU3KIYM6JKD6ALUV7A7CX74', 'pith_short_8:AAAAAAAA': ['AAAAAAAAB', 'AAAAAAAAC'] },
  };
  const asked: string[] = [];
  const read = aliasReader(index, (s) => {
    asked.push(s);
    return Promise.resolve(shards[s] ?? null);
  });

  it('reads only the key’s own shard, and ignores a key found in another shard', async () => {
    expect(await lookupAlias(read, queryOf('arXiv:1704.04289'))).toEqual({ found: true, suffix: 'UTTGU3KIYM6JKD6ALUV7A7CX74' });
    expect(asked).toEqual([home]);
    // A hostile shard holding a key that hashes elsewhere: that key's own shard is asked, and lacks it.
    const other = 'arxiv:1611.03982';
    shards[home]![other] = 'ZZZZZZZZZZZZZZZZZZZZZZZZZZ';
    expect(await lookupAlias(read, queryOf('arXiv:1611.03982'))).toMatchObject({ found: shardOf(other, 2) === home });
  });

  it('names a short prefix several records share instead of picking one', async () => {
    const shortKey = 'pith_short_8:AAAAAAAA';
    shards[shardOf(shortKey, 2)] = { [shortKey]: ['AAAAAAAABBBBBBBBBBBBBBBBBB', 'AAAAAAAACCCCCCCCCCCCCCCCCC'] };
    expect(await lookupAlias(read, queryOf('pith:AAAAAAAA'))).toEqual({
      found: false,
      reason: '2 records share the prefix AAAAAAAA: give more characters (AAAAAAAABBBBBBBBBBBBBBBBBB, AAAAAAAACCCCCCCCCCCCCCCCCC)',
      shared: ['AAAAAAAABBBBBBBBBBBBBBBBBB', 'AAAAAAAACCCCCCCCCCCCCCCCCC'],
    });
    // A hostile index naming thousands: the first MAX_SHARED are offered.
    shards[shardOf(shortKey, 2)] = { [shortKey]: Array.from({ length: 3000 }, (_, i) => `AAAAAAAA${i.toString(2).padStart(18, '0').replace(/0/g, 'A').replace(/1/g, 'B')}`) };
    const many = await lookupAlias(read, queryOf('pith:AAAAAAAA'));
    expect(!many.found && many.shared?.length).toBe(MAX_SHARED);
    expect(!many.found && many.reason).toMatch(/^3000 records share the prefix AAAAAAAA/);
  });

  it('never takes a value that is not a pith suffix (found by review: a number crashed every later mirror, a path was put in a URL)', async () => {
    const key = 'arxiv:1611.03982';
    for (const bad of [42, null, {}, [], [['AAAAAAAAAAAAAAAAAAAAAAAAAA']], '../../good/pith/AAAAAAAAAAAAAAAAAAAAAAAAAA', 'AAAAAAAAAAAAAAAAAAAAAAAAAA.json?x=1', '<html>', 'aaaaaaaaaaaaaaaaaaaaaaaaaa']) {
      shards[shardOf(key, 2)] = { [key]: bad as never };
      expect(await lookupAlias(read, queryOf('arXiv:1611.03982')), JSON.stringify(bad)).toEqual({ found: false, reason: 'its alias index maps arXiv 1611.03982 to something that is not a pith suffix: a broken or hostile index' });
    }
  });

  it('reads a shard file only when it is the shard asked for', () => {
    expect(readAliasShard({ index_type: 'pith_alias_shard', index_version: 2, shard: 'ab', aliases: {} }, 'ab').ok).toBe(true);
    expect(readAliasShard({ index_type: 'pith_alias_shard', index_version: 2, shard: 'ac', aliases: {} }, 'ab').ok).toBe(false);
    expect(readAliasShard({ index_type: 'pith_alias_shard', index_version: 3, shard: 'ab', aliases: {} }, 'ab').ok).toBe(false);
  });
});
