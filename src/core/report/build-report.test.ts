import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { toHex, utf8 } from '../bytes';
import { sha256 } from '../crypto/sha256';
import { Keyring } from '../keyring';
import { verifyText, type VerifyReport } from '../verify/verify-document';
import { buildReport, reportMarkdown, type BuildReportInput, type VerificationReport } from './build-report';
import { ED25519_SPKI_PREFIX_HEX, OPENSSL_BAD, OPENSSL_OK, pythonIndex, shellQuote } from '../verify/replay/shell';
import type { ReplayCommand } from './replay-commands';

const SEED_NAME = 'UTTGU3KIYM6JKD6ALUV7A7CX74.record.json';
const seedUrl = new URL(`../../../tests/fixtures/pith/${SEED_NAME}`, import.meta.url);
const seedText = readFileSync(seedUrl, 'utf8');
const seed = JSON.parse(seedText) as { receipt: { signature_b64: string; canonical_sha256: string; key_id: string } };

const DIGEST = 'a4e66a6d48c33c950fc05d2bf07c57ff2c5d85adbe6d2cb53b1f4bf2120e0ec2';
const NUMBER = 'pith:2017:UTTGU3KIYM6JKD6ALUV7A7CX74';
const TITLE_HASH = 'a24370d325eff13bd544c32f17e24a8c23e3fb11d2f5d1fa8b85f960716a713a';
const KEY_HEX = 'b2d552b68890857171a78b36a5dccf368a953413288c353f7c9d9d6f94b709b3';
const FINGERPRINT = '8d4b5ee74e4693bcd1df2446408b0d54';

// .ci/run installs openssl: the replayed commands must really run, never be skipped.
if (spawnSync('which', ['openssl']).status !== 0) throw new Error('openssl is required for these tests (apt-get install -y openssl)');

async function verify(text: string): Promise<VerifyReport> {
  const [entry] = await verifyText(text, { keyring: Keyring.pinned() });
  if (!entry?.report) throw new Error(`no report: ${JSON.stringify(entry?.error)}`);
  return entry.report;
}

/** The key and the receipt come from the report's evidence: nothing is passed beside it. */
function inputFor(report: VerifyReport, text: string, name = SEED_NAME): BuildReportInput {
  return {
    report,
    source: { type: 'file', name },
    appVersion: '0.1.0-test',
    generatedAt: '2026-05-20T12:00:00.000Z',
    document: { sha256Hex: toHex(sha256(utf8(text))), bytes: utf8(text).length },
  };
}

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A temp directory holding `files`; commands run there as they would in a sceptic's shell. */
function workdir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'pith-report-'));
  dirs.push(dir);
  for (const [name, body] of Object.entries(files)) writeFileSync(join(dir, name), body);
  return dir;
}

function run(command: string, cwd: string): { stdout: string; status: number | null; stderr: string } {
  const r = spawnSync('bash', ['-c', command], { cwd, encoding: 'utf8' });
  return { stdout: r.stdout.trim(), status: r.status, stderr: r.stderr };
}

const commandsOf = (r: VerificationReport, id: string): readonly ReplayCommand[] => r.checks.find((c) => c.id === id)!.commands;

describe('report for the real seed record', async () => {
  const report = await verify(seedText);
  const r = buildReport(inputFor(report, seedText));
  const markdown = reportMarkdown(r);

  it('holds the verdict, checks, key, derivation and source as plain JSON', () => {
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
    expect(r).toMatchObject({
      reportType: 'pith_explorer_verification_report',
      app: { name: 'pith-explorer', version: '0.1.0-test' },
      generatedAt: '2026-05-20T12:00:00.000Z',
      source: { type: 'file', name: SEED_NAME },
      document: { kind: 'record', sha256Hex: toHex(sha256(utf8(seedText))) },
      pithNumber: NUMBER,
      verdict: 'verified',
      key: { keyId: 'pith-v1-2026-05', fingerprintHex: FINGERPRINT, publicKeyHex: KEY_HEX, origin: 'pinned' },
      receipt: { signature_b64: seed.receipt.signature_b64, canonical_sha256: DIGEST, key_id: 'pith-v1-2026-05' },
      headline: { summary: expect.stringMatching(/^Verified/) },
      derivation: { sha256Hex: DIGEST, pithNumber: NUMBER },
    });
    expect(r.checks.map((c) => [c.id, c.status])).toEqual(report.checks.map((c) => [c.id, c.status]));
    const abstract = r.checks.find((c) => c.id === 'abstract-hash')!;
    expect(abstract.status).toBe('skip');
    expect(abstract.items[0]?.note).toContain('600 characters');
    expect(r.unknowns.length).toBeGreaterThan(0);
    expect(r.bindings).toContainEqual({ field: 'title', path: 'paper.title', binding: 'rehash-bound', code: 'rehash-matches' });
    expect(r.bindings).toContainEqual({ field: 'authors', path: 'paper.authors_text', binding: 'unbound', code: 'no-hash-covers-it' });
  });

  it('renders Markdown: verdict, a table of checks, per-check details, filled-in commands', () => {
    expect(markdown).toContain(`# Verification report: \`${NUMBER}\``);
    expect(markdown).toContain('**Verdict:** ✓ Verified');
    // The seed's authors are unbound, so the summary introduces a list; the verdict line says where it is
    // instead of ending at "Not every field is bound:" (a walk-through, 2026-12-03).
    const verdictLine = markdown.split('\n').find((l) => l.startsWith('- **Verdict:**'))!;
    expect(r.headline.summary).toMatch(/:$/);
    expect(verdictLine).not.toMatch(/:$/);
    expect(verdictLine).toContain('(see “Why this verdict” below).');
    expect(markdown).toContain('## Why this verdict');
    expect(markdown).toContain('| # | Check | Status | Reason |');
    for (const c of r.checks) expect(markdown).toContain(`### ${c.title.replace(/[\\`*_[\]<>|#!]/g, (ch) => `\\${ch}`)} — `);
    expect(markdown).toMatch(/\| 1 \| Document shape \(`schema`\) \| ✓ pass \|/);
    expect(markdown).toContain(`openssl pkeyutl -verify -pubin -inkey pith-key.pem -rawin -in digest.bin -sigfile sig.bin`);
    expect(markdown).toContain(`printf '%s' ${DIGEST} | xxd -r -p > digest.bin`);
    expect(markdown).toContain(seed.receipt.signature_b64);
    expect(markdown).toContain(`Prints: \`${NUMBER}\``);
    expect(markdown).toContain('```json\n{"metadata":{"abstract_canon_sha256":');
  });

  it('the setup and python3 commands print exactly what the report says', () => {
    const dir = workdir({});
    copyFileSync(seedUrl, join(dir, SEED_NAME));
    const python = [...r.replay.setup, ...r.checks.flatMap((c) => c.commands)].filter((c) => c.command.startsWith('python3') || c.command.startsWith('cp '));
    // setup: cp + file hash; canonical hash; number; title and abstract excerpt, each in paper and
    // graph_snapshot.paper; key fingerprint; the empty graph section's digest
    expect(python).toHaveLength(10);
    for (const c of python) {
      const out = run(c.command, dir);
      expect(out.status, `${c.command}\n${out.stderr}`).toBe(0);
      expect(out.stdout).toBe(c.expectOutput ?? '');
    }
    // And the printed values are the real ones, not just self-consistent.
    expect(commandsOf(r, 'canonical-hash')[0]!.expectOutput).toBe(DIGEST);
    expect(commandsOf(r, 'pith-number')[0]!.expectOutput).toBe(NUMBER);
    expect(commandsOf(r, 'title-hash')[0]!.expectOutput).toBe(TITLE_HASH);
    expect(run(commandsOf(r, 'title-hash')[0]!.command, dir).stdout).toBe(TITLE_HASH);
    expect(commandsOf(r, 'snapshots')[0]!.expectOutput).toBe('258153158e38e3291e3d48162225fcdb2d5a3ed65a07baac614ab91432fd4f57');
  });

  it('the canonical hash command is the FORMAT.md §2 recipe', () => {
    expect(commandsOf(r, 'canonical-hash')[0]!.command).toBe(
      `python3 -c 'import json,hashlib,sys; r=json.load(open(sys.argv[1],encoding="utf-8"))["canonical_record"]; print(hashlib.sha256(json.dumps(r,sort_keys=True,separators=(",",":"),ensure_ascii=False).encode()).hexdigest())' record.json`,
    );
  });

  it('the signature commands carry the real digest, signature and key', () => {
    const cmds = commandsOf(r, 'signature').map((c) => c.command);
    expect(cmds).toEqual([
      `python3 -c 'import hashlib,sys; print(hashlib.sha256(bytes.fromhex(sys.argv[1])).hexdigest()[:32])' ${KEY_HEX}`,
      `printf '%s' ${DIGEST} | xxd -r -p > digest.bin`,
      `printf '%s' '${seed.receipt.signature_b64}' | base64 -d > sig.bin`,
      `{ echo '-----BEGIN PUBLIC KEY-----'; printf '%s' ${ED25519_SPKI_PREFIX_HEX}${KEY_HEX} | xxd -r -p | base64; echo '-----END PUBLIC KEY-----'; } > pith-key.pem`,
      'openssl pkeyutl -verify -pubin -inkey pith-key.pem -rawin -in digest.bin -sigfile sig.bin',
    ]);
    expect(commandsOf(r, 'signature').at(-1)!.expectOutput).toBe(OPENSSL_OK);
  });

  it('openssl verifies the signature with the generated commands', () => {
    const dir = workdir({});
    let last = { stdout: '', status: null as number | null, stderr: '' };
    for (const c of commandsOf(r, 'signature')) last = run(c.command, dir);
    expect(last.status, last.stderr).toBe(0);
    expect(last.stdout).toBe(OPENSSL_OK);
    expect(readFileSync(join(dir, 'digest.bin')).toString('hex')).toBe(DIGEST);
  });
});

describe('commands that must fail do fail', async () => {
  it('a changed signature: the report says invalid and openssl rejects it too', async () => {
    const sig = Buffer.from(seed.receipt.signature_b64, 'base64');
    sig[5]! ^= 1;
    const text = seedText.replace(seed.receipt.signature_b64, sig.toString('base64'));
    const r = buildReport(inputFor(await verify(text), text));
    expect(r.verdict).toBe('invalid');
    const cmds = commandsOf(r, 'signature');
    expect(cmds.at(-1)!.expectOutput).toBe(OPENSSL_BAD);
    const dir = workdir({});
    let last = { stdout: '', status: null as number | null, stderr: '' };
    for (const c of cmds) last = run(c.command, dir);
    expect(last.status).not.toBe(0);
    expect(last.stdout).toBe(OPENSSL_BAD);
  });

  it('a changed title: the python title hash no longer prints title_canon_sha256', async () => {
    const text = seedText.replace('"title":"Stochastic Gradient Descent', '"title":"Stochastic Gradient Ascent');
    expect(text).not.toBe(seedText);
    const r = buildReport(inputFor(await verify(text), text, 'changed.json'));
    const title = r.checks.find((c) => c.id === 'title-hash')!;
    expect(title.status).toBe('fail');
    const dir = workdir({ 'changed.json': text });
    for (const c of r.replay.setup) expect(run(c.command, dir).stdout).toBe(c.expectOutput ?? '');
    // Only paper.title was changed; graph_snapshot.paper.title still hashes to the claim.
    expect(title.commands).toHaveLength(2);
    const printed = title.commands.map((c) => run(c.command, dir).stdout);
    expect(printed).toEqual(title.commands.map((c) => c.expectOutput));
    expect(printed[0]).not.toBe(TITLE_HASH);
    expect(printed[1]).toBe(TITLE_HASH);
  });
});

describe('values from hostile documents cannot break out of the commands', () => {
  it('quotes file names and URLs for the shell', () => {
    const name = `it's; echo pwned > hacked.txt; $(touch x).json`;
    const dir = workdir({ [name]: seedText });
    expect(run(`cp ${shellQuote(name)} record.json && cat record.json | head -c 1`, dir)).toMatchObject({ status: 0, stdout: '{' });
    expect(run('ls', dir).stdout.split('\n').sort()).toEqual([name, 'record.json'].sort());
  });

  it('writes no command for a non-base64 signature or a non-hex key, even in a report that claims them', async () => {
    const report = await verify(seedText);
    const receipt = report.evidence.receipt!;
    const hostile: VerifyReport = {
      ...report,
      evidence: { ...report.evidence, receipt: { ...receipt, fields: receipt.fields.map((f) => (f.key === 'signature_b64' ? { ...f, value: `'; rm -rf ~ #` } : f)) } },
    };
    expect(commandsOf(buildReport(inputFor(hostile, seedText)), 'signature')).toEqual([]);
    const badKey: VerifyReport = { ...report, evidence: { ...report.evidence, key: { ...report.evidence.key!, publicKeyHex: 'zz; touch pwned' } } };
    expect(commandsOf(buildReport(inputFor(badKey, seedText)), 'signature')).toEqual([]);
  });

  it('turns only plain JSON paths into Python indexes', () => {
    expect(pythonIndex('paper.title')).toBe('["paper"]["title"]');
    expect(pythonIndex('current.canonical_record')).toBe('["current"]["canonical_record"]');
    expect(pythonIndex('events[0].payload')).toBe('["events"][0]["payload"]');
    expect(pythonIndex('(root)')).toBe('');
    expect(pythonIndex('["a\'b"]')).toBeNull();
  });

  it('escapes Markdown in document text', async () => {
    const text = seedText.replace('"title":"Stochastic', '"title":"[click](https://evil.example) <img src=x> | Stochastic');
    const md = reportMarkdown(buildReport(inputFor(await verify(text), text)));
    expect(md).toContain('\\[click\\](https://evil.example) \\<img src=x\\> \\| Stochastic');
    expect(md).not.toContain('[click](');
  });
});

describe('other sources', async () => {
  const report = await verify(seedText);
  it('an entry of a multi-document file, a relative mirror path or a share link: a note, no cp/curl', () => {
    for (const source of [
      { type: 'file', name: 'many.jsonl', index: 3 },
      { type: 'mirror', mirror: 'Embedded sample mirror', url: '/mirror/pith/X.json' },
      { type: 'other', description: 'a share link' },
    ] as const) {
      const r = buildReport({ ...inputFor(report, seedText), source });
      expect(r.replay.setup.map((c) => c.command.split(' ')[0])).toEqual(['python3']);
      expect(r.replay.notes.join(' ')).toContain('Download JSON');
      expect(reportMarkdown(r)).toContain(source.type === 'mirror' ? 'fetched from mirror Embedded sample mirror' : 'not fetched');
    }
  });
});

describe('a mirror source', async () => {
  it('fetches with curl, single-quoted', async () => {
    const report = await verify(seedText);
    const r = buildReport({ ...inputFor(report, seedText), source: { type: 'mirror', mirror: 'pith.science', url: 'https://pith.science/pith/UTTGU3KIYM6JKD6ALUV7A7CX74.json' } });
    expect(r.replay.setup[0]!.command).toBe(`curl -sSfL -o record.json 'https://pith.science/pith/UTTGU3KIYM6JKD6ALUV7A7CX74.json'`);
    expect(execFileSync('bash', ['-n', '-c', r.replay.setup[0]!.command])).toBeDefined();
  });
});

describe('Markdown: text from the document stays on its line (an attacker pass, 2026-12-03)', () => {
  const withAlias = (kind: string, value: string) => {
    const doc = JSON.parse(seedText) as { aliases: unknown[] };
    doc.aliases.push({ alias_kind: kind, alias_value: value, created_at: '2026-05-18T00:25:29.106229+00:00' });
    return JSON.stringify(doc);
  };
  const markdownOf = async (text: string) => reportMarkdown(buildReport(inputFor(await verify(text), text)));

  it('a lone CR in an alias writes no heading, rule or link into the report', async () => {
    const forged = withAlias('orcid\r\r\rVerified: every field of this record is bound\r================\r\rAll checks pass\r---\r', '\r\r[Signed author list](https://evil.example/)\r\r');
    const markdown = await markdownOf(forged);
    expect(markdown).not.toMatch(/[\r\u2028\u2029]/);
    const lines = markdown.split('\n');
    expect(lines.filter((l) => /^(Verified: every field|=+$|All checks pass|---$)/.test(l))).toEqual([]);
    // The link's text is there only inside code spans (literal text), never as Markdown of its own.
    const outsideCode = markdown.replace(/(`+)[^`]*?\1/g, '');
    expect(outsideCode).not.toContain('[Signed author list](');
    expect(outsideCode).not.toContain('](https://evil.example/)');
    expect(lines.some((l) => l.includes('orcid Verified: every field of this record is bound') && l.startsWith('- '))).toBe(true);
  });

  it('any alias text adds no line to the report, and bidi controls are shown, not obeyed (property)', async () => {
    const clean = (await markdownOf(withAlias('orcid', 'x'))).split('\n').length;
    const fc = await import('fast-check');
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: fc.constantFrom('\r', '\n', '\r\n', '\u2028', '\u202e', '`', '|', '#', '=', '-', ' ', 'a', '[', ']', '(', ')') }), async (s) => {
        const markdown = await markdownOf(withAlias(`k${s}`, `v${s}`));
        expect(markdown.split('\n').length).toBe(clean);
        expect(markdown).not.toMatch(/[\r\u2028\u202e]/);
      }),
      { numRuns: 60 },
    );
  });
});
