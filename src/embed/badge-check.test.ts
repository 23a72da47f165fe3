// What a badge decides (issue 12), against real local mirrors: the core's verdict for the record
// asked for, the best copy across mirrors, and never "verified" for another number.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveFiles, serveLocal, type LocalServer } from '../../tests/local-server';
import { embeddedIndexFiles } from '../../tests/test-mirrors';
import { checkBadge, type BadgeLimits, type BadgeRequest } from './badge-check';

const SUFFIX = 'UTTGU3KIYM6JKD6ALUV7A7CX74';
const fixture = (p: string) => readFileSync(new URL(`../../tests/fixtures/${p}`, import.meta.url), 'utf8');
const SEED = fixture(`pith/${SUFFIX}.record.json`);
const FILES: Record<string, string> = {
  [`/good/pith/${SUFFIX}.json`]: SEED,
  [`/forged/pith/${SUFFIX}.json`]: fixture('tampered/paper-title.json'),
  [`/two/pith/${SUFFIX}.json`]: `[${SEED},${SEED}]`,
  ...embeddedIndexFiles('/good'),
  // A hostile index: another paper's arXiv id, DOI and short number all lead to the seed's record.
  '/lying/alias-index.json': JSON.stringify({ aliases: { 'arxiv:1611.03982': SUFFIX, 'doi:10.48550/arxiv.1611.03982': SUFFIX, 'pith_short_8:2AEN4MOB': SUFFIX } }),
  [`/lying/pith/${SUFFIX}.json`]: SEED,
  // Two records under the seed's first 8 characters (the second made up).
  '/shared/alias-index.json': JSON.stringify({ aliases: { 'pith_short_8:UTTGU3KI': [SUFFIX, 'UTTGU3KIAAAAAAAAAAAAAAAAAA'] } }),
};

let server: LocalServer;
let base = '';
beforeAll(async () => {
  server = await serveFiles(FILES, (req, res) => {
    if (req.url === `/trickle/pith/${SUFFIX}.json`) {
      // Headers at once, then a byte now and then: only a deadline on the whole answer ends it.
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.write('{');
      const t = setInterval(() => res.write(' '), 50);
      res.on('close', () => clearInterval(t));
      return true;
    }
    if (req.url !== `/huge/pith/${SUFFIX}.json`) return false;
    res.writeHead(200, { 'Content-Type': 'application/json' }).end(`[${'0,'.repeat(5000)}0]`);
    return true;
  });
  base = server.url;
});
afterAll(() => server.close());

const request = (over: Partial<BadgeRequest>): BadgeRequest => ({ number: `pith:2017:${SUFFIX}`, arxiv: null, mirrors: [`${base}/good`], explorer: 'http://explorer.test/', ...over });
const check = (over: Partial<BadgeRequest>, limits?: BadgeLimits) => checkBadge(request(over), (url, init) => fetch(url, init), limits);

describe('checkBadge', () => {
  it('says verified for the seed, with the number computed here and its title bound', async () => {
    expect(await check({})).toMatchObject({ kind: 'verified', number: `pith:2017:${SUFFIX}`, suffix: SUFFIX, titleBinding: 'bound' });
  });

  it('a short number two records share is the markup’s fault: bad input, naming the fix, never "not found"', async () => {
    expect(await check({ number: 'pith:UTTGU3KI', mirrors: [`${base}/shared`] })).toEqual({ kind: 'bad-input', reason: '2 records share that prefix on the mirrors asked: the badge needs the full number (pith:YYYY: and 26 characters).' });
  });

  it('finds an arXiv id through the mirror’s alias index', async () => {
    expect(await check({ number: null, arxiv: '1704.04289' })).toMatchObject({ kind: 'verified', suffix: SUFFIX });
  });

  it('names the failing check of a tampered copy, and takes a good copy from the next mirror over it', async () => {
    expect(await check({ mirrors: [`${base}/forged`] })).toMatchObject({ kind: 'invalid', reason: 'Title ↔ title hash (title-hash) fails.', titleBinding: 'contradicted' });
    expect(await check({ mirrors: [`${base}/forged`, `${base}/good`] })).toMatchObject({ kind: 'verified', mirror: new URL(base).host });
  });

  it('is never green for a number with another year than the record’s', async () => {
    const got = await check({ number: `pith:2018:${SUFFIX}` });
    expect(got).toMatchObject({ kind: 'wrong-record', reason: `You asked for a number of the year 2018; this record's number is of 2017 (pith:2017:${SUFFIX}). The suffix matches, the year does not.` });
  });

  it('is never green when a hostile alias index leads to another paper’s record', async () => {
    for (const over of [{ number: null, arxiv: '1611.03982' }, { number: 'pith:2AEN4MOB' }, { number: '10.48550/arXiv.1611.03982' }]) {
      const got = await check({ ...over, mirrors: [`${base}/lying`] });
      expect(got.kind, JSON.stringify(over)).toBe('wrong-record');
    }
    // And a good mirror after it wins.
    expect(await check({ number: null, arxiv: '1704.04289', mirrors: [`${base}/lying`, `${base}/good`] })).toMatchObject({ kind: 'verified' });
    expect(await check({ number: null, arxiv: '1704.04289v9' })).toMatchObject({ kind: 'wrong-record', reason: expect.stringContaining('version 9') });
  });

  it('cuts off a mirror that trickles its answer (unreachable), and does not read one whose answer is too large (it answered, with no record), and says why', async () => {
    const slow = await check({ mirrors: [`${base}/trickle`, `${base}/good`] }, { timeoutMs: 300, maxBytes: 1_000_000 });
    expect(slow).toMatchObject({ kind: 'verified' });
    const alone = await check({ mirrors: [`${base}/trickle`] }, { timeoutMs: 300, maxBytes: 1_000_000 });
    expect(alone).toMatchObject({ kind: 'unreachable', reason: expect.stringContaining('no whole answer within 0.3 s') });
    expect(await check({ mirrors: [`${base}/huge`] }, { timeoutMs: 5000, maxBytes: 1000 })).toMatchObject({ kind: 'not-found', reason: expect.stringContaining('the answer is over 1000 bytes') });
  });

  it('does not judge a list at a record URL by its first entry', async () => {
    expect(await check({ mirrors: [`${base}/two`] })).toMatchObject({ kind: 'not-found', reason: expect.stringContaining('2 documents where one record was expected') });
  });

  it('refuses a mirror that redirects to another host, as the app does', async () => {
    const moved = await serveLocal((_req, res) => res.writeHead(302, { Location: `${base}/good/pith/${SUFFIX}.json` }).end());
    try {
      const got = await check({ mirrors: [`http://localhost:${moved.port}`] });
      expect(got).toMatchObject({ kind: 'unreachable' });
    } finally {
      moved.close();
    }
  });

  it('tells not found from unreachable, naming the mirrors asked', async () => {
    expect(await check({ mirrors: [`${base}/empty`] })).toEqual({ kind: 'not-found', tried: [new URL(base).host], reason: `No mirror has this record (asked ${new URL(base).host}). ${new URL(base).host}/empty: HTTP 404: the mirror has no such document.` });
    expect(await check({ mirrors: ['http://127.0.0.1:9'] })).toMatchObject({ kind: 'unreachable', tried: ['127.0.0.1:9'] });
  });

  it('says what is wrong with the attributes instead of guessing', async () => {
    expect(await check({ number: null })).toMatchObject({ kind: 'bad-input', reason: expect.stringContaining('number="pith:YYYY:…"') });
    expect(await check({ number: 'pith:2017:0000' })).toMatchObject({ kind: 'bad-input' });
    expect(await check({ mirrors: ['ftp://mirror.example'] })).toMatchObject({ kind: 'bad-input', reason: expect.stringContaining('https://') });
  });
});
