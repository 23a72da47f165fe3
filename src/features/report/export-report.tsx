/**
 * "Export report": the verification of this record as a JSON or Markdown file, with the shell
 * commands that repeat each check (docs UX.md, "an exportable verification transcript"). Built in
 * the browser at click time; nothing is sent anywhere.
 *
 * The app version comes from package.json: Vite imports JSON natively and, with a named import,
 * bundles only that one field; TypeScript resolves it under moduleResolution "bundler".
 */
import { downloadText } from '../ui/download';
import { useMemo, useState } from 'react';
import { version as APP_VERSION } from '../../../package.json';
import { toHex, utf8 } from '../../core/bytes';
import { sha256 } from '../../core/crypto/sha256';
import { buildReport, reportMarkdown, type ReportReceipt, type ReportSource } from '../../core/report/build-report';
import { buildKeyring } from '../../core/user-keys';
import type { VerifyReport } from '../../core/verify/verify-document';
import { readRecord } from '../record/read-record';
import type { RecordOrigin } from '../record/record-origin';
import { useSettings } from '../settings/settings-store';

export interface ExportReportProps {
  report: VerifyReport;
  /** The document text exactly as received: its SHA-256 goes into the report. */
  text: string;
  doc: unknown;
  source: RecordOrigin;
}

type Format = 'json' | 'md';

/** The report names mirrors by an absolute URL, so its curl command works outside this app. */
function reportSource(origin: RecordOrigin): ReportSource {
  if (origin.type === 'mirror') return { type: 'mirror', mirror: origin.mirrorName, url: new URL(origin.url, window.location.href).href };
  if (origin.type === 'file') return { type: 'file', name: origin.name, index: origin.index };
  const kind: string = origin.type; // a string, so an origin type added later still gets a description
  return { type: 'other', description: kind === 'link' ? 'a share link (the record travelled in the link itself)' : `a ${kind} source` };
}

/** The receipt the signature check used: records keep it at `receipt`, signed vectors at the top. */
function receiptOf(doc: unknown): ReportReceipt | null {
  const r = readRecord(doc).receipt;
  if (r) {
    return {
      ...(r.signatureB64 !== null ? { signature_b64: r.signatureB64 } : {}),
      ...(r.canonicalSha256 !== null ? { canonical_sha256: r.canonicalSha256 } : {}),
      ...(r.keyId !== null ? { key_id: r.keyId } : {}),
    };
  }
  if (typeof doc !== 'object' || doc === null) return null;
  const top = doc as Record<string, unknown>;
  if (typeof top.signature_b64 !== 'string') return null;
  return {
    signature_b64: top.signature_b64,
    ...(typeof top.canonical_sha256 === 'string' ? { canonical_sha256: top.canonical_sha256 } : {}),
    ...(typeof top.key_id === 'string' ? { key_id: top.key_id } : {}),
  };
}

const buttonClass =
  'inline-flex items-center gap-1 rounded border border-slate-300 bg-white px-2 py-1 text-sm font-medium hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-teal-600 dark:border-slate-600 dark:bg-slate-800 dark:hover:bg-slate-700';

export function ExportReport({ report, text, doc, source }: ExportReportProps) {
  const { userKeys } = useSettings();
  const [saved, setSaved] = useState<string | null>(null);
  const receipt = useMemo(() => receiptOf(doc), [doc]);
  const stem = useMemo(() => {
    const suffix = readRecord(doc).suffix ?? report.derivation?.suffix ?? null;
    return suffix && /^[A-Z2-7]{26}$/i.test(suffix) ? suffix.toUpperCase() : 'record';
  }, [doc, report.derivation]);

  const save = (format: Format) => {
    const key = receipt?.key_id ? buildKeyring(userKeys).keyring.get(receipt.key_id) : undefined;
    const bytes = utf8(text);
    const built = buildReport({
      report,
      source: reportSource(source),
      key: key ? { keyId: key.keyId, fingerprintHex: key.fingerprintHex, publicKeyHex: toHex(key.publicKey), origin: key.origin } : null,
      appVersion: APP_VERSION,
      generatedAt: new Date().toISOString(),
      receipt,
      document: { sha256Hex: toHex(sha256(bytes)), bytes: bytes.length },
    });
    const name = `${stem}-report.${format}`;
    if (format === 'json') downloadText(name, 'application/json', `${JSON.stringify(built, null, 2)}\n`);
    else downloadText(name, 'text/markdown', reportMarkdown(built));
    setSaved(name);
  };

  return (
    <div className="flex flex-wrap items-center gap-2 text-slate-900 dark:text-slate-100" data-testid="export-report">
      <span className="text-sm font-medium">Export report</span>
      <button type="button" className={buttonClass} onClick={() => save('json')}>
        <span aria-hidden="true">⤓</span> Report (JSON)
        <span className="sr-only"> as {stem}-report.json</span>
      </button>
      <button type="button" className={buttonClass} onClick={() => save('md')}>
        <span aria-hidden="true">⤓</span> Report (Markdown)
        <span className="sr-only"> as {stem}-report.md</span>
      </button>
      <span className="text-xs text-slate-600 dark:text-slate-400">every check, the key used, and shell commands to repeat each step</span>
      <span aria-live="polite" className="sr-only">
        {saved ? `Download of ${saved} started` : ''}
      </span>
    </div>
  );
}
