/**
 * pith-verify audit --mirror URL… [--json] [--timeout SECONDS] [--key KEY_ID=PUBLIC_KEY]… SUFFIX|NUMBER|ARXIV|FILE…
 *
 * Agreement across mirrors (issue 11): asks every mirror for each record at once, verifies each copy
 * with the core, and compares each with a reference copy (the FILE given, else the first verified
 * copy: verified over incomplete over invalid, then mirror order), through the core's auditMirrors, the same as the app's "Check all mirrors".
 *
 * Exit codes: 1 when any mirror conflicts (a different signed copy, another key for a known
 * key_id, another record); else 2 on a usage error, a file that cannot be read, or a record no
 * mirror has; else 0.
 */
import { readFile, stat } from 'node:fs/promises';
import { decodeInput } from '../core/documents/decode-input';
import { auditMirrors, type AuditReference, type AuditRow, type MirrorAudit } from '../core/mirrors/audit-mirrors';
import { userMirror, type MirrorConfig } from '../core/mirrors/mirror-config';
import { MIRROR_LIMITS } from '../core/mirrors/mirror-fetch';
import { parseQuery, type Query } from '../core/query/parse-query';
import type { Keyring } from '../core/keyring';
import { verifyText } from '../core/verify/verify-document';
import { visibleWhole as shown } from '../core/text/visible-text';

export const AUDIT_USAGE = `usage: pith-verify audit --mirror URL [--mirror URL]... [--json] [--timeout SECONDS] [--key KEY_ID=PUBLIC_KEY]... TARGET...
  TARGET     a pith number or suffix (full or short), an arXiv id or DOI (looked up in each
             mirror's alias index), or a record FILE (- for stdin) to compare every mirror's copy with
  --mirror   a mirror base URL (records at URL/pith/<SUFFIX>.json); give two or more
  --json     print one JSON array, one entry per target
  --timeout  per request, body included (default ${MIRROR_LIMITS.timeoutMs / 1000})
exit: 1 a mirror conflicts (a different signed copy, another key for a known key_id, another
      record); else 2 on a usage or read error, or a record no mirror has; else 0`;

export interface AuditArgs {
  readonly mirrors: readonly string[];
  readonly targets: readonly string[];
  readonly json: boolean;
  readonly timeoutMs: number;
}

/** The options after `audit`, or what is wrong with them ('' for --help). */
export function parseAuditArgs(argv: readonly string[]): AuditArgs | string {
  const mirrors: string[] = [];
  const targets: string[] = [];
  let json = false;
  let timeoutMs = MIRROR_LIMITS.timeoutMs;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = (name: string) => (a.startsWith(`${name}=`) ? a.slice(name.length + 1) : argv[++i]);
    if (a === '--help' || a === '-h') return '';
    else if (a === '--json') json = true;
    else if (a === '--mirror' || a.startsWith('--mirror=')) {
      const v = value('--mirror');
      if (!v) return '--mirror needs a URL';
      mirrors.push(v);
    } else if (a === '--timeout' || a.startsWith('--timeout=')) {
      const s = Number(value('--timeout'));
      if (!(s > 0 && s <= 120)) return '--timeout needs a number of seconds, more than 0 and at most 120';
      timeoutMs = s * 1000;
    } else if (a === '--key' || a.startsWith('--key=')) {
      if (!a.includes('=')) i++; // taken by the caller, which builds the keyring
    } else if (a.startsWith('-') && a !== '-') return `unknown option ${a}`;
    else targets.push(a);
  }
  if (mirrors.length === 0) return 'audit needs at least one --mirror URL';
  if (targets.length === 0) return 'audit needs a TARGET: a pith number, an arXiv id, or a record file';
  return { mirrors, targets, json, timeoutMs };
}

/** The mirrors as configs, or every URL that is not a usable mirror URL. */
export function auditMirrorList(urls: readonly string[]): MirrorConfig[] | string[] {
  const out: MirrorConfig[] = [];
  const errors: string[] = [];
  for (const url of urls) {
    const m = userMirror(url, out);
    if (m.ok) out.push(m.value);
    else errors.push(`--mirror ${url}: ${m.error.message}`);
  }
  return errors.length > 0 ? errors : out;
}

type Target = { readonly query: Query; readonly reference?: AuditReference } | { readonly error: string };

async function kindOf(path: string): Promise<'file' | 'directory' | null> {
  try {
    const st = await stat(path);
    return st.isFile() ? 'file' : st.isDirectory() ? 'directory' : null;
  } catch {
    return null;
  }
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

/** A target as a query, reading and verifying it first when it is a file (or - for stdin). */
async function targetOf(text: string, keyring: Keyring): Promise<Target> {
  const kind = text === '-' ? 'file' : await kindOf(text);
  if (kind === 'directory') return { error: `${text} is a directory: audit compares one record at a time; give a record file, a pith number or an arXiv id` };
  if (kind === null) {
    const q = parseQuery(text);
    return q.ok ? { query: q.value } : { error: `${text}: no such file, and not an identifier: ${q.error.message}` };
  }
  const decoded = decodeInput(text === '-' ? await readStdin() : await readFile(text));
  if (!decoded.ok) return { error: `${text}: ${decoded.error.message}` };
  const entries = await verifyText(decoded.value, { keyring });
  const report = entries.length === 1 ? entries[0]!.report : undefined;
  if (!report) return { error: `${text}: ${entries.length === 1 ? (entries[0]!.error?.message ?? 'not a record') : `${entries.length} documents; audit compares one record at a time`}` };
  // The number the file claims (else the one computed from it): a forged canonical record computes
  // another number, and the mirrors must be asked for the record the file says it is.
  const q = report.pithNumber ? parseQuery(report.pithNumber) : null;
  if (!q?.ok) return { error: `${text}: the record has no pith number to ask the mirrors for` };
  return { query: q.value, reference: { label: text === '-' ? 'stdin' : text, text: decoded.value, report } };
}

const MARK: Record<AuditRow['standing'], string> = {
  reference: '● reference',
  identical: '✔ identical',
  'unsigned-differs': '≈ same signed facts',
  conflict: '✘ CONFLICT',
  absent: '- absent',
  unusable: '! unusable answer',
  unreachable: '? unreachable',
};

/** The matrix as text, two short lines per mirror (not one 150-column row), then the reasons and the summary. */
export function formatAudit(target: string, a: MirrorAudit): string {
  // Cells from outside (the target as typed, a mirror's answers) are shown with visibleWhole, as in format-table.ts.
  const lines = [`${shown(target)}${a.reference?.from === 'file' ? ` (the file: ${a.reference.verdict} here; every mirror's copy is compared with it)` : ''}`];
  const pad = '      ';
  for (const r of a.rows) {
    lines.push(`  ${MARK[r.standing].padEnd(20)} ${r.mirror.baseUrl}`);
    if (r.copy) {
      const n = r.differences.length;
      const sig = r.signature ? `signature ${r.signature.status}${r.signature.code === 'match' ? '' : ` (${r.signature.code})`}` : 'no signature';
      lines.push(`${pad}${r.verdict ?? '-'} · ${shown(r.number ?? 'no number')} · sha256 ${r.canonicalSha256?.slice(0, 12) ?? '-'} · ${sig}${n === 0 ? ' · no field differs' : ''}`);
      if (n > 0) lines.push(`${pad}${n} field${n === 1 ? ' differs' : 's differ'} (${[...new Set(r.differences.map((d) => d.coverage))].join(', ')}); --json lists each`);
    }
    for (const c of r.conflicts) lines.push(`${pad}✘ ${shown(c)}`);
    for (const c of r.notes) lines.push(`${pad}· ${shown(c)}`);
    if (r.copy === null && r.conflicts.length === 0) lines.push(`${pad}${shown(r.message)}`);
  }
  lines.push(`  ${shown(a.summary)}`);
  return lines.join('\n');
}

function rowJson(r: AuditRow) {
  return {
    mirror: r.mirror.baseUrl,
    standing: r.standing,
    outcome: r.outcome,
    message: r.message,
    url: r.url,
    verdict: r.verdict,
    canonical_sha256: r.canonicalSha256,
    pith_number: r.number,
    signature: r.signature,
    differences: r.differences,
    conflicts: r.conflicts,
    notes: r.notes,
  };
}

/** Runs `pith-verify audit`; returns the exit code. */
export async function auditMain(argv: readonly string[], keyring: Keyring, out: (s: string) => void, errOut: (s: string) => void): Promise<number> {
  const args = parseAuditArgs(argv);
  if (typeof args === 'string') {
    (args === '' ? out : errOut)(args === '' ? AUDIT_USAGE : `pith-verify audit: ${args}\n${AUDIT_USAGE}`);
    return args === '' ? 0 : 2;
  }
  const mirrors = auditMirrorList(args.mirrors);
  if (typeof mirrors[0] === 'string') {
    for (const e of mirrors as string[]) errOut(`pith-verify audit: ${e}`);
    return 2;
  }
  const deps = {
    mirrors: mirrors as MirrorConfig[],
    io: { fetch: (url: string, init: RequestInit) => fetch(url, init) },
    limits: { ...MIRROR_LIMITS, timeoutMs: args.timeoutMs },
    verify: (text: string) => verifyText(text, { keyring }),
  };
  let code: 0 | 1 | 2 = 0;
  const results: unknown[] = [];
  const texts: string[] = [];
  for (const t of args.targets) {
    const target = await targetOf(t, keyring);
    if ('error' in target) {
      errOut(`pith-verify audit: ${shown(target.error)}`);
      results.push({ target: t, error: target.error });
      if (code === 0) code = 2;
      continue;
    }
    const a = await auditMirrors(target.query, deps, target.reference);
    if (a.conflict) code = 1;
    else if (!a.rows.some((r) => r.copy !== null) && code === 0) code = 2; // no mirror has it
    const ref = a.reference;
    const reference = ref?.from === 'mirror' ? { from: 'mirror', mirror: a.rows.find((r) => r.mirror.id === ref.mirrorId)?.mirror.baseUrl ?? null, verdict: ref.verdict } : ref;
    results.push({ target: t, outcome: a.outcome, conflict: a.conflict, summary: a.summary, reference, rows: a.rows.map(rowJson) });
    texts.push(formatAudit(t, a));
  }
  if (args.json) out(JSON.stringify(results, null, 2));
  else if (texts.length > 0) out(texts.join('\n\n'));
  return code;
}
