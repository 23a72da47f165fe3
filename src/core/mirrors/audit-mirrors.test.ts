// Agreement across mirrors (issue 11), against real local mirrors served here: a faithful one, one
// with the same record pretty-printed in another key order, one whose live data has moved on, one
// with a tampered title, one with another key's fingerprint under the pinned key_id, one serving
// another record at the seed's URL, one without the record, and one that is down.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveFiles, type LocalServer } from '../../../tests/local-server';
import { mirrorsAt, queryOf } from '../../../tests/test-mirrors';
import { Keyring } from '../keyring';
import { verifyText } from '../verify/verify-document';
import { auditMirrors, type AuditStanding } from './audit-mirrors';
import type { MirrorConfig } from './mirror-config';
import type { ResolveDeps } from './resolve-record';

const SEED = 'UTTGU3KIYM6JKD6ALUV7A7CX74';
const OTHER = '2AEN4MOBPLL372HGEXWNG3JGNG';
const read = (p: string) => readFileSync(new URL(`../../../${p}`, import.meta.url), 'utf8');
const seedText = read(`public/mirror/pith/${SEED}.json`);
const moved = JSON.parse(seedText) as { inbound_citations: { count: number }; updated_at: string };
moved.inbound_citations.count += 3;
moved.updated_at = '2026-11-30T00:00:00Z';
const FILES: Record<string, string> = {
  [`/good/pith/${SEED}.json`]: seedText,
  [`/pretty/pith/${SEED}.json`]: read('tests/fixtures/tampered/seed-pretty-reordered.json'),
  [`/live/pith/${SEED}.json`]: JSON.stringify(moved),
  [`/forged/pith/${SEED}.json`]: read('tests/fixtures/tampered/paper-title.json'),
  [`/rekeyed/pith/${SEED}.json`]: read('tests/fixtures/tampered/receipt-fingerprint.json'),
  [`/swapped/pith/${SEED}.json`]: read(`public/mirror/pith/${OTHER}.json`),
};

let server: LocalServer;
beforeAll(async () => {
  server = await serveFiles(FILES);
});
afterAll(() => server.close());

const mirrors = (...names: string[]) => mirrorsAt(server.url, names);
const keyring = Keyring.pinned();
const deps = (list: MirrorConfig[]): ResolveDeps => ({ mirrors: list, io: { fetch: (url, init) => fetch(url, init) }, verify: (t) => verifyText(t, { keyring }) });
const audit = (...names: string[]) => auditMirrors(queryOf(SEED), deps(mirrors(...names)));
const standings = (rows: readonly { mirror: MirrorConfig; standing: AuditStanding }[]) => Object.fromEntries(rows.map((r) => [r.mirror.baseUrl.split('/').pop(), r.standing]));

describe('auditMirrors', () => {
  it('asks every mirror and sorts them: reference, identical, live data moved on, absent, unreachable', async () => {
    const a = await audit('good', 'pretty', 'live', 'empty', 'down');
    expect(standings(a.rows)).toEqual({ good: 'reference', pretty: 'identical', live: 'unsigned-differs', empty: 'absent', '127.0.0.1:9': 'unreachable' });
    expect(a.conflict).toBe(false);
    expect(a.reference).toEqual({ from: 'mirror', mirrorId: `user:${server.url}/good` });
    expect(a.summary).toBe('No conflict: 5 mirrors asked; 1 gave the reference copy, 1 identical, 1 differ only in unsigned data, 1 do not have it, 1 could not be asked.');
    const live = a.rows.find((r) => r.standing === 'unsigned-differs')!;
    expect(live.differences.map((d) => [d.path, d.coverage])).toEqual([
      ['inbound_citations.count', 'unsigned'],
      ['updated_at', 'unsigned'],
    ]);
    const good = a.rows[0]!;
    expect(good).toMatchObject({ verdict: 'verified', number: `pith:2017:${SEED}`, signature: { status: 'pass' }, canonicalSha256: 'a4e66a6d48c33c950fc05d2bf07c57ff2c5d85adbe6d2cb53b1f4bf2120e0ec2' });
  });

  it('flags a tampered copy, another key under the pinned key_id, and another record at the URL as conflicts', async () => {
    const a = await audit('forged', 'good', 'rekeyed', 'swapped');
    expect(a.conflict).toBe(true);
    // The first verified copy is the reference, whatever the mirror order.
    expect(standings(a.rows)).toEqual({ forged: 'conflict', good: 'reference', rekeyed: 'conflict', swapped: 'conflict' });
    const [forged, , rekeyed, swapped] = a.rows;
    expect(forged!.conflicts).toEqual(['serves a different signed copy: 1 signed or hash-bound field differs from the reference (paper.title)']);
    expect(forged!.verdict).toBe('invalid');
    expect(rekeyed!.conflicts[0]).toMatch(/^its receipt names key pith-v1-2026-05 with fingerprint [0-9a-f]{32}, but that key's fingerprint is 8d4b5ee74e4693bcd1df2446408b0d54/);
    expect(swapped!.conflicts[0]).toContain(`serves another record at this record's URL: served pith:2016:${OTHER}`);
    expect(a.summary).toBe('Conflict: 4 mirrors asked; 1 gave the reference copy, 3 conflict.');
  });

  it('compares every mirror with a file the user holds, when one is given', async () => {
    const text = read('tests/fixtures/tampered/paper-title.json');
    const [entry] = await verifyText(text, { keyring });
    const a = await auditMirrors(queryOf(SEED), deps(mirrors('good', 'forged')), { label: 'paper-title.json', text, report: entry!.report! });
    expect(a.reference).toEqual({ from: 'file', label: 'paper-title.json' });
    expect(standings(a.rows)).toEqual({ good: 'conflict', forged: 'identical' });
  });

  it('says so when no mirror has a copy', async () => {
    const a = await audit('empty', 'down');
    expect(a).toMatchObject({ conflict: false, reference: null, summary: 'No copy: 2 mirrors asked; 1 do not have it, 1 could not be asked.' });
  });
});
