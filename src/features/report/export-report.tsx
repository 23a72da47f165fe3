/**
 * "Export report": the verification of this record as a JSON or Markdown file, with the shell
 * commands that repeat each check (docs UX.md, "an exportable verification transcript"). Built in
 * the browser at click time from the core's report and its evidence (the key used, the receipt);
 * nothing is sent anywhere.
 *
 * The app version comes from package.json: Vite imports JSON natively and, with a named import,
 * bundles only that one field; TypeScript resolves it under moduleResolution "bundler".
 */
import { useState } from 'react';
import { version as APP_VERSION } from '../../../package.json';
import { toHex, utf8 } from '../../core/bytes';
import { sha256 } from '../../core/crypto/sha256';
import { buildReport, reportMarkdown, type ReportSource } from '../../core/report/build-report';
import type { VerifyReport } from '../../core/verify/verify-document';
import { Button } from '../ui/button';
import { downloadText } from '../ui/download';

export interface ExportReportProps {
  report: VerifyReport;
  /** The document text exactly as received: its SHA-256 goes into the report (null: `document` says it). */
  text: string | null;
  /** SHA-256 and size of the document, when a worker computed them. */
  document?: { readonly sha256Hex: string; readonly bytes: number };
  /** Where the document came from, as the report names it (the record view says). */
  source: ReportSource;
}

type Format = 'json' | 'md';

export function ExportReport({ report, text, document, source }: ExportReportProps) {
  const [saved, setSaved] = useState<string | null>(null);
  const suffix = report.pithNumber?.split(':').pop() ?? report.derivation?.suffix ?? null;
  const stem = suffix && /^[A-Z2-7]{26}$/i.test(suffix) ? suffix.toUpperCase() : 'record';

  const save = (format: Format) => {
    const bytes = document ? null : utf8(text ?? '');
    const doc = document ?? (bytes ? { sha256Hex: toHex(sha256(bytes)), bytes: bytes.length } : null);
    const built = buildReport({ report, source, appVersion: APP_VERSION, generatedAt: new Date().toISOString(), document: doc });
    const name = `${stem}-report.${format}`;
    if (format === 'json') downloadText(name, 'application/json', `${JSON.stringify(built, null, 2)}\n`);
    else downloadText(name, 'text/markdown', reportMarkdown(built));
    setSaved(name);
  };

  return (
    <div className="flex flex-wrap items-center gap-2 text-slate-900 dark:text-slate-100" data-testid="export-report">
      <span className="text-sm font-medium">Export report</span>
      <Button onClick={() => save('json')}>
        <span aria-hidden="true">⤓</span> Report (JSON)
        <span className="sr-only"> as {stem}-report.json</span>
      </Button>
      <Button onClick={() => save('md')}>
        <span aria-hidden="true">⤓</span> Report (Markdown)
        <span className="sr-only"> as {stem}-report.md</span>
      </Button>
      <span className="text-xs text-slate-600 dark:text-slate-400">every check, the key used, and shell commands to repeat each step</span>
      <span aria-live="polite" className="sr-only">
        {saved ? `Download of ${saved} started` : ''}
      </span>
    </div>
  );
}
