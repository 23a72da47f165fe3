// The one resolver of the app, the badge and the CLI, against real local mirrors served here: a
// faithful one (the embedded sample mirror's files), one serving a tampered copy, one serving another
// record at the seed's URL, one with a hostile alias index, and one that is down.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveFiles, type LocalServer } from '../../../tests/local-server';
import { embeddedIndexFiles, mirrorsAt, queryOf, V1_INDEX } from '../../../tests/test-mirrors';
import { Keyring } from '../keyring';
import { verifyText } from '../verify/verify-document';
import type { MirrorConfig } from './mirror-config';
import type { MirrorIo } from './mirror-fetch';
import { AliasIndexUnavailable } from './alias-fetch';
import { shardOf } from './shard-of';
import { resolveRecord, ResolveError, type ResolveDeps } from './resolve-record';

const SEED = 'UTTGU3KIYM6JKD6ALUV7A7CX74';
const OTHER = '2AEN4MOBPLL372HGEXWNG3JGNG'; // arXiv 1611.03982v6 in the embedded mirror: built, unsigned
const TWIN_PREFIX = 'UTTGU3KIAAAAAAAAAAAAAAAAAA';
const read = (p: string) => readFileSync(new URL(`../../../${p}`, import.meta.url), 'utf8');
const seedText = read(`public/mirror/pith/${SEED}.json`);
const FILES: Record<string, string> = {
  ...embeddedIndexFiles('/good'),
  // The same index in today's single-file form, and the seed beside it.
  '/v1/alias-index.json': V1_INDEX,
  [`/v1/pith/${SEED}.json`]: seedText,
  // Two records claim one arXiv id: the real one, and another paper's (as a hostile or careless index might).
  '/twin/alias-index.json': JSON.stringify({ aliases: { 'arxiv:1704.04289': [OTHER, SEED] } }),
  [`/twin/pith/${SEED}.json`]: seedText,
  [`/twin/pith/${OTHER}.json`]: read(`public/mirror/pith/${OTHER}.json`),
  // The embedded index with the shard of arxiv:1704.04289 missing.
  ...Object.fromEntries(Object.entries(embeddedIndexFiles('/holes')).filter(([path]) => path !== `/holes/alias-index/${shardOf('arxiv:1704.04289', 1)}.json`)),
  [`/good/pith/${SEED}.json`]: seedText,
  [`/good/pith/${OTHER}.json`]: read(`public/mirror/pith/${OTHER}.json`),
  [`/forged/pith/${SEED}.json`]: read('tests/fixtures/tampered/paper-title.json'),
  [`/swapped/pith/${SEED}.json`]: read(`public/mirror/pith/${OTHER}.json`),
  [`/list/pith/${SEED}.json`]: `[${seedText},${seedText}]`,
  // Two records share the seed's first 8 characters (the second is made up: only the index names it).
  '/shared/alias-index.json': JSON.stringify({ aliases: { 'pith_short_8:UTTGU3KI': [SEED, TWIN_PREFIX] } }),
  // A hostile index: another paper's arXiv id leads to the seed's record.
  '/lying/alias-index.json': JSON.stringify({ aliases: { 'arxiv:1611.03982': SEED } }),
  [`/lying/pith/${SEED}.json`]: seedText,
};

let server: LocalServer;
let base = '';
beforeAll(async () => {
  server = await serveFiles(FILES);
  base = server.url;
});
afterAll(() => server.close());

const mirrors = (...names: string[]) => mirrorsAt(base, names);
const nodeIo: MirrorIo = { fetch: (url, init) => fetch(url, init) };
const keyring = Keyring.pinned();
const deps = (list: MirrorConfig[], over: Partial<ResolveDeps> = {}): ResolveDeps => ({ mirrors: list, io: nodeIo, verify: (t) => verifyText(t, { keyring }), ...over });
const resolve = (text: string, names: string[], over: Partial<ResolveDeps> = {}) => resolveRecord(queryOf(text), deps(mirrors(...names), over));
const failure = (p: Promise<unknown>) => p.then(() => expect.unreachable('resolved'), (e: unknown) => (e instanceof ResolveError ? e : Promise.reject(e)));
const outcomes = (a: readonly { outcome: string }[]) => a.map((x) => x.outcome);

describe('resolveRecord', () => {
  it('returns the verified seed from a faithful mirror, asking no other', async () => {
    const r = await resolve(`pith:2017:${SEED}`, ['good', 'forged']);
    expect(r).toMatchObject({ suffix: SEED, url: `${base}/good/pith/${SEED}.json`, mismatches: [], note: null });
    expect(r.report.verdict).toBe('verified');
    expect(outcomes(r.attempts)).toEqual(['found']);
  });

  it('asks the next mirror past a tampered copy or a mirror that is down, and keeps the best copy', async () => {
    expect(outcomes((await resolve(SEED, ['forged', 'down', 'good'])).attempts)).toEqual(['invalid', 'unreachable', 'found']);
    const alone = await resolve(SEED, ['forged', 'down']);
    expect(alone.report.verdict).toBe('invalid');
    expect(alone.attempts[0]!.message).toContain('title-hash');
  });

  it('never takes another record served at the asked URL, and says so when no mirror serves the right one', async () => {
    const e = await failure(resolve(SEED, ['swapped']));
    expect(e.kind).toBe('wrong-record');
    expect(e.attempts[0]).toMatchObject({ outcome: 'wrong-record', message: expect.stringContaining(`pith:2016:${OTHER} when asked for ${SEED}`) });
    expect((await resolve(SEED, ['swapped', 'good'])).report.verdict).toBe('verified');
  });

  it('ranks a verified copy of another paper (a hostile alias index) below the right paper’s unsigned copy', async () => {
    const r = await resolve('arXiv:1611.03982', ['lying', 'good']);
    expect(r.suffix).toBe(OTHER);
    expect(r.report.verdict).toBe('incomplete');
    expect(outcomes(r.attempts)).toEqual(['other-record', 'incomplete']);
    expect(r.attempts[0]!.message).toContain('You asked for arXiv 1611.03982; this record is for arXiv 1704.04289.');
    // Alone, it is shown, with what differs: the page and the badge say it is not the record asked for.
    const alone = await resolve('arXiv:1611.03982', ['lying']);
    expect(alone.mismatches.map((m) => m.what)).toEqual(['arxiv-id']);
  });

  it('asks every mirror for a number whose year no record has, and returns the record with the mismatch', async () => {
    const r = await resolve(`pith:2018:${SEED}`, ['good', 'lying']);
    expect(outcomes(r.attempts)).toEqual(['other-record', 'other-record']);
    expect(r.mismatches.map((m) => m.what)).toEqual(['year']);
  });

  it('does not judge a list at a record URL by its first entry', async () => {
    const e = await failure(resolve(SEED, ['list']));
    expect(e.kind).toBe('not-found');
    expect(e.attempts[0]).toMatchObject({ outcome: 'bad-json', message: 'served 2 documents where one record was expected' });
  });

  it('blames the network only when no mirror answered, and says offline when the runtime is', async () => {
    expect((await failure(resolve(SEED, ['down']))).kind).toBe('network');
    expect((await failure(resolve(SEED, ['down', 'forged-nothing']))).kind).toBe('not-found');
    const offline = await failure(resolve(SEED, ['down'], { io: { ...nodeIo, isOffline: () => true } }));
    expect(offline.kind).toBe('offline');
    expect(offline.attempts[0]!.outcome).toBe('offline');
  });

  it('"not found" is said of the mirrors that answered: a mirror that could not be asked is counted, and no enabled mirror is its own kind', async () => {
    const partial = await failure(resolve(SEED, ['down', 'forged-nothing']));
    expect(partial).toMatchObject({ kind: 'not-found', unanswered: 1 });
    expect(partial.message).toBe(`None of the mirrors that answered has pith number ${SEED}; one could not be asked.`);
    const whole = await failure(resolve(SEED, ['forged-nothing']));
    expect(whole).toMatchObject({ kind: 'not-found', unanswered: 0, message: `No mirror has pith number ${SEED}.` });
    const none = await failure(resolveRecord(queryOf(SEED), deps(mirrors('good').map((m) => ({ ...m, enabled: false })))));
    expect(none).toMatchObject({ kind: 'no-mirrors', attempts: [], unanswered: 0 });
  });

  it('looks short numbers, arXiv ids and DOIs up in the alias index, and names an index it cannot fetch now', async () => {
    for (const text of ['pith:UTTGU3KI', 'arXiv:1704.04289', 'arXiv:1704.04289v2', '10.48550/arXiv.1704.04289']) {
      expect((await resolve(text, ['good'])).suffix, `${text}, sharded`).toBe(SEED);
      expect((await resolve(text, ['v1'])).suffix, `${text}, single file`).toBe(SEED);
    }
    const noIndex = await failure(resolve('arXiv:1704.04289', ['down']));
    expect(noIndex.attempts[0]).toMatchObject({ outcome: 'unreachable', message: expect.stringContaining('its alias index could not be fetched') });
    // A shard the layout names but the mirror does not serve is a broken mirror, not "no such key".
    const holes = await failure(resolve('arXiv:1704.04289', ['holes']));
    expect(holes.attempts[0]).toMatchObject({ outcome: 'unreachable', message: expect.stringContaining('is missing (HTTP 404): a broken mirror') });
    const cached = await failure(resolve('arXiv:1704.04289', ['good'], { aliasIndex: () => Promise.reject(new AliasIndexUnavailable('offline', 'offline now')) }));
    expect(cached.kind).toBe('offline');
  });

  it('a short prefix several records share is "ambiguous", naming them, never "not found" (a walk-through, 2026-12-03)', async () => {
    for (const names of [['shared'], ['shared', 'down'], ['forged-nothing', 'shared']]) {
      const e = await failure(resolve('pith:UTTGU3KI', names));
      expect(e, names.join()).toMatchObject({ kind: 'ambiguous', shared: [SEED, TWIN_PREFIX], message: '2 records share the prefix UTTGU3KI: give more characters, or pick one.' });
      expect(e.attempts.find((a) => a.outcome === 'ambiguous')!.shared).toEqual([SEED, TWIN_PREFIX]);
    }
    // A later mirror that knows one record by the prefix does not make it unique: still ambiguous,
    // its record among those to pick from (a walk-through, 2026-12-04).
    const later = await failure(resolve('pith:UTTGU3KI', ['shared', 'good']));
    expect(later).toMatchObject({ kind: 'ambiguous', shared: [SEED, TWIN_PREFIX] });
    expect(outcomes(later.attempts)).toEqual(['ambiguous', 'found']);
    const other = await failure(resolve('pith:UTTGU3KI', ['shared', 'v1'], {}));
    expect(other.kind).toBe('ambiguous');
    // Given more characters, the same mirror answers.
    expect((await failure(resolve('pith:UTTGU3KIYM6J', ['shared']))).kind).toBe('not-found');
    expect((await failure(resolve('pith:UTTGU3KI', ['forged-nothing']))).shared).toEqual([]);
  });

  it('asks for each record an arXiv id is claimed by, and keeps the best copy', async () => {
    const r = await resolve('arXiv:1704.04289', ['twin']);
    expect(r.suffix).toBe(SEED);
    expect(r.note).toBe(`2 records claim arXiv 1704.04289 here (${OTHER}, ${SEED}); each was asked for, and the best copy is shown`);
    expect(outcomes(r.attempts)).toEqual(['other-record', 'found']);
  });

  it('stops when cancelled', async () => {
    const stop = new AbortController();
    stop.abort();
    const e = await failure(resolve(SEED, ['good'], { signal: stop.signal }));
    expect(e).toMatchObject({ kind: 'network', message: 'Cancelled.' });
  });
});
