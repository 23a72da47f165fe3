/**
 * An exportable verification report (docs UX.md: "an exportable verification transcript with the
 * equivalent shell command for each step"): what was checked, where the document came from, which
 * trusted key was used, and per step the commands that repeat it without this app. Plain data, so
 * it can be saved as JSON; `reportMarkdown` renders the same data for people.
 */
import type { DocumentKind } from '../documents/detect-kind';
import type { CheckCode, CheckId, CheckItem, CheckStatus, Verdict } from '../verify/check-types';
import { CHECK_TITLES } from '../verify/check-catalog';
import { checkDefinition } from '../verify/registry';
import type { EvidenceKey, VerifyReport } from '../verify/report-types';
import type { ReplayInputs } from '../verify/replay/replay-types';
import { visibleWhole } from '../text/visible-text';
import { fetchCommands, type ReplayCommand, type ReportSource } from './replay-commands';

export type { ReplayCommand, ReportSource };

export interface BuildReportInput {
  readonly report: VerifyReport;
  readonly source: ReportSource;
  readonly appVersion: string;
  /** ISO 8601 time; passed in so the core stays deterministic. */
  readonly generatedAt: string;
  /** SHA-256 and size of the exact document bytes checked, so the report names its file. */
  readonly document?: { readonly sha256Hex: string; readonly bytes: number } | null;
}

export interface ReportCheck {
  readonly id: CheckId;
  readonly title: string;
  readonly status: CheckStatus;
  readonly code: CheckCode;
  readonly reason: string;
  readonly claimed: string | null;
  readonly computed: string | null;
  readonly items: readonly CheckItem[];
  readonly commands: readonly ReplayCommand[];
}

export interface ReportReceipt {
  readonly signature_b64?: string;
  readonly canonical_sha256?: string;
  readonly key_id?: string;
}

/** The report's own fields, as the core's report has them. */
type FromVerifyReport = Pick<VerifyReport, 'pithNumber' | 'claimedPithNumber' | 'computedPithNumber' | 'title' | 'verdict' | 'headline' | 'unknowns' | 'derivation'>;

export interface VerificationReport extends FromVerifyReport {
  readonly reportType: 'pith_explorer_verification_report';
  readonly reportVersion: 2;
  readonly app: { readonly name: 'pith-explorer'; readonly version: string };
  readonly generatedAt: string;
  readonly source: ReportSource;
  readonly document: { readonly kind: DocumentKind; readonly kindLabel: string; readonly sha256Hex: string | null; readonly bytes: number | null };
  readonly checks: readonly ReportCheck[];
  /** The trusted key the signature was checked with, from the app's keyring (never the document). */
  readonly key: EvidenceKey | null;
  readonly receipt: ReportReceipt | null;
  /** Each shown field with its binding (README "How verification works"). */
  readonly bindings: readonly { readonly field: string; readonly path: string; readonly binding: string; readonly code: string }[];
  /** Getting the document as record.json, which every check's commands read. */
  readonly replay: { readonly setup: readonly ReplayCommand[]; readonly notes: readonly string[] };
}

/** The report of one verification, every value taken from the core's report and its evidence. */
export function buildReport(input: BuildReportInput): VerificationReport {
  const { report } = input;
  const { evidence } = report;
  const receiptField = (k: string) => evidence.receipt?.fields.find((f) => f.key === k)?.value;
  const receipt: ReportReceipt | null = evidence.receipt
    ? {
        ...(receiptField('signature_b64') !== undefined ? { signature_b64: receiptField('signature_b64')! } : {}),
        ...(receiptField('canonical_sha256') !== undefined ? { canonical_sha256: receiptField('canonical_sha256')! } : {}),
        ...(evidence.receipt.keyId !== null ? { key_id: evidence.receipt.keyId } : {}),
      }
    : null;
  const inputs: ReplayInputs = {
    canonicalPath: evidence.canonical?.path ?? null,
    computedSha256: report.derivation?.sha256Hex ?? null,
    claimedSha256: report.derivation?.claimedSha256 ?? report.checks.find((c) => c.id === 'canonical-hash')?.claimed ?? null,
    year: report.derivation?.year ?? null,
    receipt,
    publicKeyHex: evidence.key?.publicKeyHex ?? null,
    fingerprintHex: evidence.key?.fingerprintHex ?? null,
  };
  const setup = fetchCommands(input.source, input.document?.sha256Hex ?? null);
  return {
    reportType: 'pith_explorer_verification_report',
    reportVersion: 2,
    app: { name: 'pith-explorer', version: input.appVersion },
    generatedAt: input.generatedAt,
    source: input.source,
    document: { kind: report.kind, kindLabel: report.kindLabel, sha256Hex: input.document?.sha256Hex ?? null, bytes: input.document?.bytes ?? null },
    pithNumber: report.pithNumber,
    claimedPithNumber: report.claimedPithNumber,
    computedPithNumber: report.computedPithNumber,
    title: report.title,
    verdict: report.verdict,
    headline: report.headline,
    checks: report.checks.map((c) => ({
      id: c.id,
      title: CHECK_TITLES[c.id],
      status: c.status,
      code: c.code,
      reason: c.reason,
      claimed: c.claimed ?? null,
      computed: c.computed ?? null,
      items: c.items ?? [],
      commands: checkDefinition(c.id).replay(c, inputs),
    })),
    key: evidence.key,
    receipt,
    bindings: Object.values(report.fields).map((f) => ({ field: f.id, path: f.path, binding: f.binding, code: f.code })),
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
  return visibleWhole(flat(s)).replace(/[\\`*_[\]<>|#!]/g, (c) => `\\${c}`);
}

/**
 * One line: every CommonMark line ending (LF, CR, CRLF; §2.2) becomes a space. A lone CR once let
 * a record's alias write headings and links into the report (an attacker pass, 2026-12-03).
 */
function flat(s: string): string {
  return s.replace(/\s*(?:\r\n|\r|\n)\s*/g, ' ');
}

/** An inline code span that survives backticks in the value (CommonMark: longer delimiters). */
function code(s: string): string {
  const line = visibleWhole(flat(s));
  const longest = Math.max(0, ...(line.match(/`+/g) ?? []).map((r) => r.length));
  const fence = '`'.repeat(longest + 1);
  const pad = longest > 0 ? ' ' : '';
  return `${fence}${pad}${line}${pad}${fence}`;
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

/** The summary for the verdict line: one that introduces a list ("Not every field is bound:") points to where the list is. */
function verdictSummary(summary: string): string {
  return summary.endsWith(':') ? `${summary.slice(0, -1)} (see “Why this verdict” below).` : summary;
}

/** The report as Markdown for people, every document value escaped. */
export function reportMarkdown(r: VerificationReport): string {
  const out: string[] = [
    `# Verification report: ${r.pithNumber ? code(r.pithNumber) : 'no pith number'}`,
    '',
    `- **Verdict:** ${VERDICT_LABEL[r.verdict]}. ${md(verdictSummary(r.headline.summary))}`,
    `- **Document:** ${md(r.document.kindLabel)}, ${sourceLine(r.source)}`,
    ...(r.document.sha256Hex ? [`- **Document SHA-256:** ${code(r.document.sha256Hex)} (${r.document.bytes ?? '?'} bytes)`] : []),
    ...(r.title ? [`- **Title (as the document states it, ${r.bindings.find((b) => b.field === 'title')?.binding ?? 'unbound'}):** ${md(r.title)}`] : []),
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
    if (c.claimed !== null) out.push(`- Claimed: ${code(c.claimed)}`);
    if (c.computed !== null) out.push(`- Computed: ${code(c.computed)}`);
    for (const item of c.items) {
      const values = [item.claimed !== undefined ? `claimed ${code(item.claimed)}` : '', item.computed !== undefined ? `computed ${code(item.computed)}` : ''].filter(Boolean).join(', ');
      out.push(`- ${STATUS_LABEL[item.status]}: ${md(item.label)}${values ? `: ${values}` : ''}${item.note ? ` (${md(item.note)})` : ''}`);
    }
    if (c.claimed !== null || c.computed !== null || c.items.length > 0) out.push('');
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
  if (r.bindings.length > 0) {
    out.push('## Field bindings', '', 'Signed, hash-bound and bound by re-hash only through an unbroken chain to the signed digest, established in this run.', '', '| Field | Path | Binding | Why |', '|---|---|---|---|');
    out.push(...r.bindings.map((b) => `| ${md(b.field)} | ${code(b.path)} | ${md(b.binding)} | ${code(b.code)} |`), '');
  }
  if (r.headline.reasons.length > 0) out.push('## Why this verdict', '', ...r.headline.reasons.map((x) => `- ${md(x.text)}`), '');
  if (r.unknowns.length > 0) out.push('## Unknown / not checkable', '', ...r.unknowns.map((u) => `- ${md(u)}`), '');
  return out.join('\n');
}
