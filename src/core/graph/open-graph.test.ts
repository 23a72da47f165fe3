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
import { MAX_EVENT_ROWS } from './graph-events';
import { readOpenGraph, type GraphCopy, type KnownKey } from './open-graph';

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

describe('what a hostile bundle or state cannot pass off (review of issue 11)', () => {
  // Loose on purpose: each test edits the parsed copy in a way a hostile mirror would.
  interface LooseEvent { [k: string]: unknown; payload: { [k: string]: unknown; receipt: Record<string, unknown> }; signer: Record<string, unknown> }
  const faithful = () => JSON.parse(read('graph/faithful.bundle.json')) as { events: LooseEvent[]; canonical_record: unknown };
  const view = async (doc: unknown, state?: unknown) => {
    const text = JSON.stringify(doc);
    const stateText = state === undefined ? null : JSON.stringify(state);
    return readOpenGraph(record, { bundle: { text, report: await reportOf(text), source: 'x' }, state: stateText === null ? null : { text: stateText, report: await reportOf(stateText), source: 'y' } }, KEYS);
  };
  const status = (v: { checks: readonly { id: string; status: string }[] }, id: string) => v.checks.find((c) => c.id === id)!.status;

  it('a second record_created event with another receipt fails bundle-receipt', async () => {
    const doc = faithful();
    doc.events.push({ ...doc.events[0]!, payload: { ...doc.events[0]!.payload, receipt: { ...doc.events[0]!.payload.receipt, key_id: 'evil', signature_b64: 'AAAA' } } });
    expect(status(await view(doc), 'bundle-receipt')).toBe('fail');
  });

  it('a record_created event carrying another canonical record fails bundle-record, whatever the top-level copy hashes to', async () => {
    const doc = faithful();
    const other = (JSON.parse(read('pith/vectors.json')) as { canonical_record: unknown }[]).find((v) => v.canonical_record)!;
    doc.events[0]!.payload.canonical_record = other.canonical_record;
    const v = await view(doc);
    expect(status(v, 'bundle-record')).toBe('fail');
    expect(v.checks.find((c) => c.id === 'bundle-record')!.code).toBe('copies-differ');
  });

  it('a subject is this record only by its exact full number', async () => {
    const cases: [string, string][] = [
      ['pith:1999:UTTGU3KIYM6JKD6ALUV7A7CX74', 'other'],
      ['https://evil.example/not-a-pith:UTTGU3KIYM6JKD6ALUV7A7CX74', 'malformed'],
      ['UTTGU3KIYM6JKD6ALUV7A7CX74', 'malformed'],
      ['pith:UTTGU3KI', 'short'],
      ['pith:AAAAAAAA', 'other'],
      [record.computedPithNumber!, 'record'],
    ];
    for (const [subject, standing] of cases) {
      const doc = faithful();
      doc.events[1]!.subject_pith_number = subject;
      const v = await view(doc);
      expect(v.bundle!.events.find((e) => e.index === 1)!.subjectStanding, subject).toBe(standing);
      expect(status(v, 'event-subjects'), subject).toBe(standing === 'other' ? 'fail' : standing === 'record' ? 'pass' : 'warn');
    }
  });

  it('signers: never a pass; no fingerprint or an unknown key is a warning; another key’s fingerprint fails, in a state’s snapshots too', async () => {
    expect(status(await view(faithful()), 'event-signers')).toBe('skip');
    const doc = faithful();
    delete doc.events[1]!.signer.public_key_fingerprint;
    expect(status(await view(doc), 'event-signers')).toBe('warn');
    const state = JSON.parse(read('graph/faithful.state.json')) as { current: { graph_snapshots: { signer: Record<string, string> }[] } };
    state.current.graph_snapshots[0]!.signer.public_key_fingerprint = '00'.repeat(16);
    expect(status(await view(faithful(), state), 'event-signers')).toBe('fail');
  });

  it('times without an offset are not put in order; a forged event is listed however many earlier rows come before it', async () => {
    const doc = faithful();
    doc.events[0]!.created_at = '2026-05-18T00:25:29';
    expect((await view(doc)).bundle!.order).toBe('document');
    const many = faithful();
    const filler = Array.from({ length: MAX_EVENT_ROWS + 10 }, (_, i) => ({ ...many.events[1]!, created_at: '2000-01-01T00:00:00Z', event_id: `sha256:${i}` }));
    many.events[1]!.subject_pith_number = 'pith:2017:AAAAAAAAAAAAAAAAAAAAAAAAAA';
    many.events = [...filler, ...many.events];
    const v = await view(many);
    expect(v.bundle!.events).toHaveLength(MAX_EVENT_ROWS);
    expect(v.bundle!.events.some((e) => e.subjectStanding === 'other')).toBe(true);
  });

  it('200,000 malformed events are a schema failure with a capped list of problems, not a crash', async () => {
    const doc = faithful() as unknown as { events: unknown[] };
    doc.events = [...Array.from({ length: 200_000 }, () => ({})), ...doc.events];
    const report = await reportOf(JSON.stringify(doc));
    expect(report.verdict).toBe('invalid');
    expect(report.checks.find((c) => c.id === 'schema')?.status).toBe('fail');
  });

  it('counts are shown as stated: a big whole number is a count, a float or a string is not', async () => {
    const text = read('graph/faithful.state.json').replace('"event_count": 2', '"event_count": 12345678901234567890').replace('"valid_event_count": 2', '"valid_event_count": 2.0');
    const v = readOpenGraph(record, { bundle: null, state: { text, report: await reportOf(text), source: 'y' } }, KEYS);
    expect(v.state!.counts.slice(0, 2).map((k) => [k.value, k.wellFormed])).toEqual([['12345678901234567890', true], ['2.0', false]]);
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
      [`/bare/pith/${SEED}/bundle.json`]: JSON.stringify({ ...JSON.parse(g('faithful.bundle.json')), canonical_record: undefined }),
      [`/forged/pith/${SEED}/bundle.json`]: g('subject-forged.bundle.json'),
      [`/crash/pith/${SEED}/bundle.json`]: g('faithful.bundle.json').replace('"bundle_type"', '"crash": true, "bundle_type"'),
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

  it('a copy with no canonical record, or with forged events, does not hide the faithful copy after it; the disagreement is said', async () => {
    const rank = (what: 'bundle' | 'state', copy: GraphCopy) => -10 * readOpenGraph(record, { bundle: what === 'bundle' ? copy : null, state: null }, KEYS).checks.filter((c) => c.status === 'fail').length;
    for (const first of ['bare', 'forged']) {
      const got = await fetchOpenGraph(SEED, deps([first, 'good'], { rank }));
      expect(got.bundle?.source, first).toContain('/good/');
      expect(got.disagreements[0] ?? JSON.stringify(got.attempts), first).toMatch(/^The mirrors serve 2 different bundles/);
    }
    expect((await fetchOpenGraph(SEED, deps(['good', 'wellknown']))).disagreements).toEqual([]);
  });

  it('a copy the verifier throws on is that mirror’s failure; the others are still asked', async () => {
    const verifyOrThrow = (text: string) => (text.includes('"crash": true') ? Promise.reject(new RangeError('Maximum call stack size exceeded')) : verify(text));
    const got = await fetchOpenGraph(SEED, deps(['crash', 'good'], { verify: verifyOrThrow }));
    expect(got.bundle?.source).toContain('/good/');
    expect(got.attempts.find((a) => a.url.includes('/crash/'))).toMatchObject({ outcome: 'bad-json', message: expect.stringContaining('could not be verified') });
  });
});
