/**
 * The computed chain, step by step (FORMAT.md §1–§3): title and abstract → their hashes →
 * canonical JSON → SHA-256 → base32 → number, each value copyable. While fields are missing it
 * still shows the text hashes it could compute, and says what is left to fill in.
 */
import { AppLink } from '../ui/app-link';
import { useEffect, useState, type ReactNode } from 'react';
import type { ComputeField, ComputeResult } from '../../core/compute/compute-record';
import { CopyButton } from '../ui/copy-button';

/** The announced text settles after typing pauses, so a screen reader is not read every keystroke. */
function useSettled<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const t = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(t);
  }, [value, ms]);
  return settled;
}

function Step({ n, title, value, copyWhat, children }: { n: number; title: string; value?: string; copyWhat?: string; children?: ReactNode }) {
  return (
    <li className="space-y-1 rounded-lg border border-slate-200 p-3 dark:border-slate-700">
      <div className="flex flex-wrap items-center gap-2">
        <span className="text-xs font-semibold text-slate-500 dark:text-slate-400">{n}.</span>
        <span className="text-sm font-medium">{title}</span>
        {value !== undefined && copyWhat && <CopyButton text={value} what={copyWhat} className="ml-auto" />}
      </div>
      {value !== undefined && <p className="font-mono text-xs break-all text-slate-800 dark:text-slate-200">{value}</p>}
      {children}
    </li>
  );
}

export interface ComputeResultPanelProps {
  result: ComputeResult;
  /** The published number when the form names an example's paper, to say whether it matches. */
  expectedPithNumber: string | null;
  fieldLabels: Readonly<Record<ComputeField, string>>;
}

/** What the result says in one line: the number, or how many fields are left. */
function resultLine(result: ComputeResult, fieldLabels: Readonly<Record<ComputeField, string>>): string {
  if (result.ok) return `Computed ${result.value.pithNumber}`;
  const names = [...new Set(result.errors.map((e) => e.path))].map((f) => fieldLabels[f]);
  return `Not computed yet: ${names.length} ${names.length === 1 ? 'field needs' : 'fields need'} attention (${names.join(', ')}).`;
}

export function ComputeResultPanel({ result, expectedPithNumber, fieldLabels }: ComputeResultPanelProps) {
  const line = resultLine(result, fieldLabels);
  const settled = useSettled(line, 800);
  // Never an earlier result: while typing goes on the region is empty, then says what is shown (it
  // went on saying "Computed pith:…" under "Not computed yet"; a walk-through, 2026-12-03).
  const announce = settled === line ? line : '';
  return (
    <section aria-labelledby="compute-result-heading" className="min-w-0 space-y-4">
      <h2 id="compute-result-heading" className="text-lg font-semibold">
        Result
      </h2>
      <p role="status" className="sr-only">
        {announce}
      </p>
      {result.ok ? <Computed result={result.value} expectedPithNumber={expectedPithNumber} /> : <Pending result={result} fieldLabels={fieldLabels} />}
    </section>
  );
}

function Computed({ result: c, expectedPithNumber }: { result: Extract<ComputeResult, { ok: true }>['value']; expectedPithNumber: string | null }) {
  const matches = expectedPithNumber !== null && c.pithNumber === expectedPithNumber;
  return (
    <>
      <div className="space-y-2 rounded-lg border border-teal-600/40 bg-teal-50 p-4 dark:border-teal-400/40 dark:bg-teal-950" data-testid="computed-number">
        <div className="flex flex-wrap items-center gap-2">
          <span className="font-mono text-lg font-semibold break-all">{c.pithNumber}</span>
          <CopyButton text={c.pithNumber} what="pith number" />
        </div>
        <p className="text-sm">
          Short form <span className="font-mono">{c.shortPithNumber}</span> <CopyButton text={c.shortPithNumber} what="short pith number" />
        </p>
        {expectedPithNumber !== null && (
          <p className={`text-sm font-medium ${matches ? 'text-emerald-800 dark:text-emerald-200' : 'text-red-800 dark:text-red-200'}`}>
            <span aria-hidden="true">{matches ? '✓ ' : '✗ '}</span>
            {matches ? `Matches the number pith.science published for this paper (${expectedPithNumber}).` : `Differs from the number pith.science published for this paper (${expectedPithNumber}).`}
          </p>
        )}
        <p className="text-sm">
          <AppLink href={`/pith/${c.suffix}`} className="text-teal-800 underline underline-offset-2 dark:text-teal-300">
            Look up {`/pith/${c.suffix}`}
          </AppLink>{' '}
          <span className="text-xs text-slate-600 dark:text-slate-400">(needs network: asks the enabled mirrors whether they hold a record with this number)</span>
        </p>
      </div>
      <ol className="space-y-2" aria-label="How the number was derived">
        <Step n={1} title={`Title, lower-cased, whitespace collapsed → title_canon_sha256`} value={c.canonicalRecord.metadata.title_canon_sha256} copyWhat="title hash">
          <p className="text-xs break-words text-slate-600 dark:text-slate-400">hashed: “{c.titleCanon}”</p>
        </Step>
        <Step n={2} title="Abstract, the same way → abstract_canon_sha256" value={c.canonicalRecord.metadata.abstract_canon_sha256} copyWhat="abstract hash">
          <p className="line-clamp-3 text-xs break-words text-slate-600 dark:text-slate-400">hashed: “{c.abstractCanon}”</p>
        </Step>
        <Step n={3} title={`Canonical JSON (${c.canonicalBytes} bytes, keys sorted, no spaces; FORMAT.md §2)`} value={c.canonicalJson} copyWhat="canonical JSON" />
        <Step n={4} title="SHA-256 of its UTF-8 bytes" value={c.sha256Hex} copyWhat="SHA-256" />
        <Step n={5} title="Base32 of the whole 32-byte digest; the first 26 characters are the suffix">
          <p className="font-mono text-xs break-all">
            <mark className="rounded-sm bg-teal-100 text-inherit dark:bg-teal-900">{c.base32.slice(0, 26)}</mark>
            <span className="text-slate-500 dark:text-slate-400">{c.base32.slice(26)}</span>
          </p>
          <CopyButton text={c.suffix} what="suffix" />
        </Step>
        <Step n={6} title={`pith:<year of submitted_at>:<suffix>`} value={c.pithNumber} copyWhat="pith number (step 6)">
          <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5 text-xs">
            {Object.entries(c.aliases).map(([kind, value]) => (
              <div key={kind} className="contents">
                <dt className="text-slate-500 dark:text-slate-400">{kind}</dt>
                <dd className="font-mono break-all">{value}</dd>
              </div>
            ))}
          </dl>
        </Step>
      </ol>
    </>
  );
}

function Pending({ result, fieldLabels }: { result: Extract<ComputeResult, { ok: false }>; fieldLabels: Readonly<Record<ComputeField, string>> }) {
  const { partial } = result;
  return (
    <div className="space-y-3">
      <p className="rounded-lg border border-slate-300 bg-slate-50 p-3 text-sm dark:border-slate-600 dark:bg-slate-900">
        <span aria-hidden="true">– </span>
        {resultLine(result, fieldLabels)}
      </p>
      {(partial.titleSha256Hex || partial.abstractSha256Hex) && (
        <ol className="space-y-2" aria-label="Hashes computed so far">
          {partial.titleSha256Hex && <Step n={1} title="title_canon_sha256" value={partial.titleSha256Hex} copyWhat="title hash" />}
          {partial.abstractSha256Hex && <Step n={2} title="abstract_canon_sha256" value={partial.abstractSha256Hex} copyWhat="abstract hash" />}
        </ol>
      )}
    </div>
  );
}
