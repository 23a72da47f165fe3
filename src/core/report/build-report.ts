/**
 * An exportable verification report (docs UX.md: "an exportable verification transcript with the
 * equivalent shell command for each step"): what was checked, where the document came from, which
 * trusted key was used, and per step the commands that repeat it without this app. Plain data, so
 * it can be saved as JSON; `reportMarkdown` renders the same data for people.
 */
import type { DocumentKind } from '../documents/detect-kind';
import { CHECK_TITLES, type CheckId, type CheckItem, type CheckStatus, type Verdict } from '../verify/check-types';
import type { Derivation, VerifyReport } from '../verify/verify-document';
import { commandsFor, fetchCommands, type ReplayCommand, type ReportSource } from './replay-commands';

export type { ReplayCommand, ReportSource };

export interface ReportKey {
  readonly keyId: string;
  readonly fingerprintHex: string;
  readonly publicKeyHex: string;
  /** 'pinned' (shipped with the app) or 'user' (added in settings), FORMAT.md §4. */
  readonly origin: string;
}

export interface ReportReceipt {
  readonly signature_b64?: string;
  readonly canonical_sha256?: string;
  readonly key_id?: string;
}

export interface BuildReportInput {
  readonly report: VerifyReport;
  readonly source: ReportSource;
  readonly key?: ReportKey | null;
  readonly appVersion: string;
  /** ISO 8601 time; passed in so the core stays deterministic. */
  readonly generatedAt: string;
  readonly receipt?: ReportReceipt | null;
  /** SHA-256 and size of the exact document bytes checked, so the report names its file. */
  readonly document?: { readonly sha256Hex: string; readonly bytes: number } | null;
}

export interface ReportCheck {
  readonly id: CheckId;
  readonly title: string;
  readonly status: CheckStatus;
  readonly reason: string;
  readonly expected: string | null;
  readonly computed: string | null;
  readonly items: readonly CheckItem[];
  readonly commands: readonly ReplayCommand[];
}

export interface VerificationReport {
  readonly reportType: 'pith_explorer_verification_report';
  readonly reportVersion: 1;
  readonly app: { readonly name: 'pith-explorer'; readonly version: string };
  readonly generatedAt: string;
  readonly source: ReportSource;
  readonly document: { readonly kind: DocumentKind; readonly kindLabel: string; readonly sha256Hex: string | null; readonly bytes: number | null };
  readonly pithNumber: string | null;
  readonly claimedPithNumber: string | null;
  readonly computedPithNumber: string | null;
  readonly title: string | null;
  readonly verdict: Verdict;
  readonly checks: readonly ReportCheck[];
  /** The trusted key the signature was checked with, from the app's keyring (never the document). */
  readonly key: ReportKey | null;
  readonly receipt: ReportReceipt | null;
  readonly unknowns: readonly string[];
  readonly derivation: Derivation | null;
  /** Getting the document as record.json, which every check's commands read. */
  readonly replay: { readonly setup: readonly ReplayCommand[]; readonly notes: readonly string[] };
}

export function buildReport(input: BuildReportInput): VerificationReport {
  const { report } = input;
  const key = input.key ?? null;
  const receipt = input.receipt ?? null;
  const claimed = report.checks.find((c) => c.id === 'canonical-hash')?.expected ?? null;
  const inputs = {
    kind: report.kind,
    computedSha256: report.derivation?.sha256Hex ?? null,
    claimedSha256: claimed,
    year: report.derivation?.year ?? null,
    receipt,
    publicKeyHex: key?.publicKeyHex ?? null,
    fingerprintHex: key?.fingerprintHex ?? null,
  };
  const setup = fetchCommands(input.source, input.document?.sha256Hex ?? null);
  return {
    reportType: 'pith_explorer_verification_report',
    reportVersion: 1,
    app: { name: 'pith-explorer', version: input.appVersion },
    generatedAt: input.generatedAt,
    source: input.source,
    document: { kind: report.kind, kindLabel: report.kindLabel, sha256Hex: input.document?.sha256Hex ?? null, bytes: input.document?.bytes ?? null },
    pithNumber: report.pithNumber,
    claimedPithNumber: report.claimedPithNumber,
    computedPithNumber: report.computedPithNumber,
    title: report.title,
    verdict: report.verdict,
    checks: report.checks.map((c) => ({
      id: c.id,
      title: CHECK_TITLES[c.id],
      status: c.status,
      reason: c.reason,
      expected: c.expected ?? null,
      computed: c.computed ?? null,
      items: c.items ?? [],
      commands: commandsFor(c, inputs),
    })),
    key,
    receipt,
    unknowns: report.unknowns,
    derivation: report.derivation,
    replay: { setup: setup.commands, notes: setup.notes },
  };
}

// ——— Markdown ———

const STATUS_LABEL: Record<CheckStatus, string> = { pass: '✓ pass', fail: '✗ fail', skip: '– not checkable', warn: '! warning' };
const VERDICT_LABEL: Record<Verdict, string> = { verified: '✓ Verified', incomplete: '◐ Incomplete', invalid: '✗ Invalid' };

/** Text from a possibly hostile document must not turn into links, HTML or table breaks. */
function md(s: string): string {
  return s.replace(/[\\`*_[\]<>|#!]/g, (c) => `\\${c}`).replace(/\s*\n\s*/g, ' ');
}

/** An inline code span that survives backticks in the value (CommonMark: longer delimiters). */
function code(s: string): string {
  const flat = s.replace(/\n/g, ' ');
  const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((r) => r.length));
  const fence = '`'.repeat(longest + 1);
  const pad = longest > 0 ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}

/** A fenced block whose fence is longer than any backtick run inside. */
function block(lang: string, body: string): string {
  const longest = Math.max(0, ...(body.match(/`+/g) ?? []).map((r) => r.length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return `${fence}${lang}\n${body}\n${fence}`;
}

function commandLines(commands: readonly ReplayCommand[]): string[] {
  return commands.flatMap((c) => [`${md(c.what)}`, '', block('sh', c.command), ...(c.expectOutput === null ? [] : ['', `Prints: ${code(c.expectOutput)}`]), '']);
}

function sourceLine(s: ReportSource): string {
  if (s.type === 'mirror') return `fetched from mirror ${md(s.mirror)}, ${code(s.url)}`;
  if (s.type === 'file') return `read from file ${code(s.name)}${s.index != null ? ` (entry ${s.index})` : ''}, not fetched`;
  return `from ${md(s.description)}, not fetched`;
}

export function reportMarkdown(r: VerificationReport): string {
  const out: string[] = [
    `# Verification report: ${r.pithNumber ? code(r.pithNumber) : 'no pith number'}`,
    '',
    `- **Verdict:** ${VERDICT_LABEL[r.verdict]}`,
    `- **Document:** ${md(r.document.kindLabel)}, ${sourceLine(r.source)}`,
    ...(r.document.sha256Hex ? [`- **Document SHA-256:** ${code(r.document.sha256Hex)} (${r.document.bytes ?? '?'} bytes)`] : []),
    ...(r.title ? [`- **Title (as the document states it):** ${md(r.title)}`] : []),
    `- **Claimed number:** ${r.claimedPithNumber ? code(r.claimedPithNumber) : 'none'}; **computed:** ${r.computedPithNumber ? code(r.computedPithNumber) : 'not computable'}`,
    r.key
      ? `- **Signing key (from this app's keyring, ${md(r.key.origin)}):** ${code(r.key.keyId)}, fingerprint ${code(r.key.fingerprintHex)}, public key ${code(r.key.publicKeyHex)}`
      : '- **Signing key:** none used (no receipt, or its key id is not in the keyring)',
    `- **Generated:** ${md(r.generatedAt)} by ${md(r.app.name)} ${md(r.app.version)}`,
    '',
    '## Checks',
    '',
    '| # | Check | Status | Reason |',
    '|---|---|---|---|',
    ...r.checks.map((c, i) => `| ${i + 1} | ${md(c.title)} (${code(c.id)}) | ${STATUS_LABEL[c.status]} | ${md(c.reason)} |`),
    '',
    '## Repeat it yourself',
    '',
    `Every command below runs on the document saved as ${code('record.json')}, with python3, xxd, base64 and OpenSSL 3; none needs this app or the network (except fetching from a mirror).`,
    '',
    ...r.replay.notes.flatMap((n) => [md(n), '']),
    ...commandLines(r.replay.setup),
    '## Check details',
    '',
  ];
  for (const c of r.checks) {
    out.push(`### ${md(c.title)} — ${STATUS_LABEL[c.status]}`, '', md(c.reason), '');
    if (c.expected !== null) out.push(`- Claimed: ${code(c.expected)}`);
    if (c.computed !== null) out.push(`- Computed: ${code(c.computed)}`);
    for (const item of c.items) {
      const values = [item.expected !== undefined ? `claimed ${code(item.expected)}` : '', item.computed !== undefined ? `computed ${code(item.computed)}` : ''].filter(Boolean).join(', ');
      out.push(`- ${STATUS_LABEL[item.status]}: ${md(item.label)}${values ? `: ${values}` : ''}${item.note ? ` (${md(item.note)})` : ''}`);
    }
    if (c.expected !== null || c.computed !== null || c.items.length > 0) out.push('');
    out.push(...(c.commands.length > 0 ? ['Repeat it:', '', ...commandLines(c.commands)] : ['No shell command repeats this check.', '']));
  }
  if (r.derivation) {
    const d = r.derivation;
    out.push(
      '## Derivation (FORMAT.md §1–§2)',
      '',
      `- Canonical JSON (${d.canonicalBytes} bytes):`,
      '',
      block('json', d.canonicalJson),
      '',
      `- SHA-256: ${code(d.sha256Hex)}`,
      `- Base32 of the whole digest: ${code(d.base32)}`,
      `- Suffix (first 26): ${code(d.suffix)}; year ${d.year ? code(d.year) : 'unknown'}; number ${d.pithNumber ? code(d.pithNumber) : 'not computable'}`,
      '',
    );
  }
  if (r.unknowns.length > 0) out.push('## Unknown / not checkable', '', ...r.unknowns.map((u) => `- ${md(u)}`), '');
  return out.join('\n');
}
