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
  [`/license/pith/${SEED}.json`]: read('tests/fixtures/tampered/cr-license.json'),
  [`/license2/pith/${SEED}.json`]: read('tests/fixtures/tampered/cr-license.json'),
  [`/noreceipt/pith/${SEED}.json`]: read('tests/fixtures/tampered/partial-no-receipt.json'),
  [`/doi/pith/${SEED}.json`]: read('tests/fixtures/tampered/alias-doi.json'),
  [`/claim/pith/${SEED}.json`]: read('tests/fixtures/tampered/pith-number-suffix.json'),
  [`/recased/pith/${SEED}.json`]: read('tests/fixtures/tampered/paper-title-case-space.json'),
  [`/bundle/pith/${SEED}.json`]: read('tests/fixtures/tampered/bundle-assembled.json'),
  [`/listed/pith/${SEED}.json`]: `[${seedText}]`,
  [`/garbage/pith/${SEED}.json`]: '{"not": "a record"',
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
    expect(a.reference).toEqual({ from: 'mirror', mirrorId: `user:${server.url}/good`, verdict: 'verified' });
    expect(a.summary).toBe('No conflict: 5 mirrors asked; 1 gave the reference copy, 1 identical, 1 the same signed facts, other fields differ, 1 do not have it, 1 could not be asked.');
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
    expect(forged!.conflicts).toEqual(['its copy fails here: title-hash (text-mismatch), where the reference copy does not']);
    expect(forged!.verdict).toBe('invalid');
    expect(rekeyed!.conflicts[0]).toMatch(/^its receipt names key pith-v1-2026-05 with fingerprint [0-9a-f]{32}, but that key's fingerprint is 8d4b5ee74e4693bcd1df2446408b0d54/);
    expect(swapped!.conflicts[0]).toContain(`serves another record at this record's URL: served pith:2016:${OTHER}`);
    expect(a.summary).toBe('Conflict: 4 mirrors asked; 1 gave the reference copy, 3 conflict.');
  });

  it('compares every mirror with a file the user holds, when one is given', async () => {
    const text = read('tests/fixtures/tampered/paper-title.json');
    const [entry] = await verifyText(text, { keyring });
    const a = await auditMirrors(queryOf(SEED), deps(mirrors('good', 'forged')), { label: 'paper-title.json', text, report: entry!.report! });
    expect(a.reference).toEqual({ from: 'file', label: 'paper-title.json', verdict: 'invalid' });
    expect(standings(a.rows)).toEqual({ good: 'conflict', forged: 'identical' });
  });

  it('says so when no mirror has a copy', async () => {
    const a = await audit('empty', 'down');
    expect(a).toMatchObject({ conflict: false, outcome: 'none', reference: null, summary: 'No copy: 2 mirrors asked; 1 do not have it, 1 could not be asked.' });
    // One copy is nothing to compare: never a reassuring "no conflict".
    expect(await audit('good', 'empty')).toMatchObject({ conflict: false, outcome: 'single', summary: 'Nothing to compare: 2 mirrors asked; 1 gave the reference copy, 1 do not have it.' });
  });

  // Found by a hostile review of the first version.
  it('takes the best copy as the reference, never a forged one first in line', async () => {
    const a = await audit('license', 'license2', 'noreceipt');
    expect(standings(a.rows)).toEqual({ license: 'conflict', license2: 'conflict', noreceipt: 'reference' });
    expect(a.reference).toMatchObject({ verdict: 'incomplete' });
    expect(a.summary).toBe('Conflict: 3 mirrors asked; 1 gave the reference copy, 2 conflict. The reference copy is itself incomplete here.');
  });

  it('calls a copy that fails here a conflict, even when only unsigned fields differ', async () => {
    const a = await audit('good', 'doi', 'claim');
    expect(standings(a.rows)).toEqual({ good: 'reference', doi: 'conflict', claim: 'conflict' });
    expect(a.rows[1]!.conflicts[0]).toMatch(/^its copy fails here: aliases/);
    // A forged number claim on the right record is judged (and fails), not "another record".
    expect(a.rows[2]!.conflicts[0]).toMatch(/^its copy fails here: pith-number/);
  });

  it('does not call the same signed facts a conflict: a re-cased title, a bundle, a one-element list, a copy with less data', async () => {
    const a = await audit('good', 'recased', 'bundle', 'listed', 'noreceipt');
    expect(standings(a.rows)).toEqual({ good: 'reference', recased: 'unsigned-differs', bundle: 'unsigned-differs', listed: 'identical', noreceipt: 'unsigned-differs' });
    expect(a.rows[2]!.notes[0]).toContain('compared by what the checks establish, not field by field');
    expect(a.rows[4]!.notes).toEqual([expect.stringMatching(/^its copy is incomplete here, the reference verified/), expect.stringMatching(/^its copy lacks \d+ signed or hash-bound fields the reference has/)]);
  });

  it('tells a mirror answering garbage from one without the record', async () => {
    expect(standings((await audit('good', 'garbage')).rows)).toEqual({ good: 'reference', garbage: 'unusable' });
  });
});
