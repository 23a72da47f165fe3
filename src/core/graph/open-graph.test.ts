// The open graph view (issue 11) against the fixtures of scripts/gen-graph-fixtures.py: a bundle and
// a merged state assembled for the real seed record by FORMAT.md §6, and copies with one change
// each, whose expected conclusions were written by hand from the spec. Every copy is verified by the
// real verifier first, as the app does; then fetched from real local mirrors served here.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveFiles, type LocalServer } from '../../../tests/local-server';
import { mirrorsAt } from '../../../tests/test-mirrors';
import { Keyring } from '../keyring';
import { verifyText } from '../verify/verify-document';
import type { VerifyReport } from '../verify/report-types';
import { fetchOpenGraph, type GraphDeps } from './fetch-open-graph';
import { MAX_EVENT_ROWS, readOpenGraph, type GraphCopy, type KnownKey } from './open-graph';

interface Case {
  name: string;
  description: string;
  files: { bundle?: string; state?: string };
  agreement: Record<string, string>;
  bundle_verdict: string | null;
  state_verdict: string | null;
  bundle_fail: string[];
}
const read = (p: string) => readFileSync(new URL(`../../../tests/fixtures/${p}`, import.meta.url), 'utf8');
const MANIFEST = JSON.parse(read('graph/manifest.json')) as { record: string; cases: Case[] };
const SEED = 'UTTGU3KIYM6JKD6ALUV7A7CX74';
const RECORD_TEXT = read(MANIFEST.record);
const keyring = Keyring.pinned();
const KEYS: KnownKey[] = keyring.list().map((k) => ({ keyId: k.keyId, fingerprintHex: k.fingerprintHex }));
const verify = (text: string) => verifyText(text, { keyring });

async function reportOf(text: string): Promise<VerifyReport> {
  const [entry] = await verify(text);
  if (!entry?.report) throw new Error(entry?.error?.message ?? 'no report');
  return entry.report;
}

async function copyOf(file: string | undefined): Promise<GraphCopy | null> {
  if (!file) return null;
  const text = read(`graph/${file}`);
  return { text, report: await reportOf(text), source: file };
}

let record: VerifyReport;
beforeAll(async () => {
  record = await reportOf(RECORD_TEXT);
});

describe('readOpenGraph, case by case (expectations from FORMAT.md §6, scripts/gen-graph-fixtures.py)', () => {
  for (const c of MANIFEST.cases) {
    it(`${c.name}: ${c.description}`, async () => {
      const bundle = await copyOf(c.files.bundle);
      const state = await copyOf(c.files.state);
      const view = readOpenGraph(record, { bundle, state }, KEYS);
      expect(Object.fromEntries(view.checks.map((k) => [k.id, k.status]))).toEqual(c.agreement);
      expect(view.bundle?.verdict ?? null).toBe(c.bundle_verdict);
      expect(view.state?.verdict ?? null).toBe(c.state_verdict);
      expect([...(view.bundle?.failed ?? [])].sort()).toEqual(c.bundle_fail);
      // Never valid: what cannot be checked is always listed.
      expect(view.unknowns.some((u) => u.startsWith('Event signatures'))).toBe(true);
      if (state) expect(view.unknowns.some((u) => u.includes('merge'))).toBe(true);
    });
  }
});

describe('the timeline and the state', () => {
  it('lists the events chronologically, with their ids and signers as stated, and the counts as claims', async () => {
    const c = MANIFEST.cases.find((x) => x.name === 'faithful')!;
    const view = readOpenGraph(record, { bundle: await copyOf(c.files.bundle), state: await copyOf(c.files.state) }, KEYS);
    const bundle = JSON.parse(read(`graph/${c.files.bundle}`)) as { events: { event_type: string; event_id: string; created_at: string }[] };
    const sorted = [...bundle.events].sort((a, b) => Date.parse(a.created_at) - Date.parse(b.created_at));
    expect(view.bundle!.order).toBe('created_at');
    expect(view.bundle!.events.map((e) => [e.eventType, e.eventId, e.createdAt])).toEqual(sorted.map((e) => [e.event_type, e.event_id, e.created_at]));
    expect(view.bundle!.events.every((e) => e.signerStanding === 'keyring-key' && e.subjectStanding === 'record')).toBe(true);
    const state = JSON.parse(read(`graph/${c.files.state}`)) as Record<string, number>;
    expect(view.state!.counts.map((k) => [k.key, k.value])).toEqual(['event_count', 'valid_event_count', 'invalid_event_count', 'equivocation_count'].map((k) => [k, String(state[k])]));
    expect(view.state!.snapshots).toHaveLength(1);
  });

  it('keeps the document order when a time cannot be read, and says so', async () => {
    const doc = JSON.parse(read('graph/faithful.bundle.json')) as { events: Record<string, unknown>[] };
    doc.events[0]!.created_at = 'yesterday';
    const text = JSON.stringify(doc);
    const view = readOpenGraph(record, { bundle: { text, report: await reportOf(text), source: 'x' }, state: null }, KEYS);
    expect(view.bundle!.order).toBe('document');
    expect(view.bundle!.events.map((e) => e.index)).toEqual([0, 1]);
  });

  it('shows hidden characters and malformed counts as what they are, and caps the rows it lists', async () => {
    const doc = JSON.parse(read('graph/faithful.bundle.json')) as { events: Record<string, unknown>[] };
    doc.events[1]!.event_type = 'graph\u202esnapshot';
    doc.events = [...doc.events, ...Array.from({ length: MAX_EVENT_ROWS + 5 }, () => doc.events[1]!)];
    const text = JSON.stringify(doc);
    const stateText = read('graph/faithful.state.json').replace('"event_count": 2', '"event_count": "2"').replace('"equivocation_count": 0', '"equivocation_count": -1');
    const view = readOpenGraph(record, { bundle: { text, report: await reportOf(text), source: 'x' }, state: { text: stateText, report: await reportOf(stateText), source: 'y' } }, KEYS);
    expect(view.bundle!.events.some((e) => e.eventType === 'graph⟨U+202E⟩snapshot')).toBe(true);
    expect(view.bundle!.eventTotal).toBe(MAX_EVENT_ROWS + 7);
    expect(view.bundle!.events).toHaveLength(MAX_EVENT_ROWS);
    expect(view.state!.counts.filter((k) => !k.wellFormed).map((k) => k.key)).toEqual(['event_count', 'equivocation_count']);
  });

  it('a dropped bundle is the record: it is not compared with itself', async () => {
    const text = read('graph/faithful.bundle.json');
    const report = await reportOf(text);
    const view = readOpenGraph(report, { bundle: { text, report, source: 'file' }, state: null }, KEYS);
    expect(view.checks.filter((k) => k.code === 'is-the-record').map((k) => k.id)).toEqual(['bundle-record', 'bundle-receipt']);
    expect(view.checks.find((k) => k.id === 'event-subjects')!.status).toBe('pass');
  });
});

describe('fetchOpenGraph from local mirrors', () => {
  let server: LocalServer;
  const g = (name: string) => read(`graph/${name}`);
  beforeAll(async () => {
    server = await serveFiles({
      [`/good/pith/${SEED}/bundle.json`]: g('faithful.bundle.json'),
      [`/good/pith/${SEED}/state.json`]: g('faithful.state.json'),
      [`/hostile/pith/${SEED}/bundle.json`]: g('other-record.bundle.json'),
      [`/wellknown/.well-known/pith/${SEED}/bundle.json`]: g('faithful.bundle.json'),
      [`/record/pith/${SEED}/bundle.json`]: RECORD_TEXT,
      [`/garbage/pith/${SEED}/state.json`]: '{"state_type": ',
    });
  });
  afterAll(() => server.close());
  const deps = (names: string[], extra: Partial<GraphDeps> = {}): GraphDeps => ({
    mirrors: mirrorsAt(server.url, names),
    io: { fetch: (u, i) => fetch(u, i) },
    verify,
    recordSha256: record.derivation!.sha256Hex,
    ...extra,
  });

  it('finds both on a faithful mirror after others that lack them, are down or serve garbage', async () => {
    const got = await fetchOpenGraph(SEED, deps(['empty', 'down', 'garbage', 'good']));
    expect(got.bundle?.source).toContain('/good/pith/');
    expect(got.state?.report.kind).toBe('state');
    const outcome = (what: string, m: string) => got.attempts.filter((a) => a.what === what && a.url.includes(`/${m}/`)).map((a) => a.outcome);
    expect(outcome('bundle', 'empty')).toEqual(['not-found', 'not-found']);
    expect(outcome('state', 'garbage')).toEqual(['bad-json']);
    expect(got.attempts.find((a) => a.url.startsWith('http://127.0.0.1:9'))?.outcome).toBe('unreachable');
  });

  it('a hostile mirror first cannot hide a faithful one behind it; alone, its copy is shown and fails the check', async () => {
    const both = await fetchOpenGraph(SEED, deps(['hostile', 'good']));
    expect(both.bundle?.source).toContain('/good/');
    expect(both.attempts[0]?.outcome).toBe('other-record');
    const alone = await fetchOpenGraph(SEED, deps(['hostile']));
    expect(alone.bundle?.source).toContain('/hostile/');
    expect(readOpenGraph(record, alone, KEYS).checks.find((k) => k.id === 'bundle-record')?.status).toBe('fail');
  });

  it('reads the .well-known path, refuses a record served as a bundle, and asks the record’s mirror first', async () => {
    expect((await fetchOpenGraph(SEED, deps(['wellknown']))).bundle?.source).toContain('/.well-known/pith/');
    const wrong = await fetchOpenGraph(SEED, deps(['record']));
    expect(wrong.bundle).toBeNull();
    expect(wrong.attempts.find((a) => a.what === 'bundle')?.outcome).toBe('wrong-kind');
    const mirrors = mirrorsAt(server.url, ['wellknown', 'good']);
    const first = await fetchOpenGraph(SEED, { ...deps([]), mirrors, firstMirrorId: mirrors[1]!.id });
    expect(first.attempts[0]?.url).toContain('/good/');
  });
});
