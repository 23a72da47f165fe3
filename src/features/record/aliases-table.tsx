/**
 * The record's aliases, each with this browser's check of it, and the
 * "anatomy" of its number (docs/UX.md, CID Inspector): every equivalent form,
 * what its parts mean, one click to copy.
 */
import { useMemo } from 'react';
import { deriveAliases, isAliasKind } from '../../core/pith/aliases';
import type { CheckItem, CheckStatus } from '../../core/verify/check-types';
import type { VerifyReport } from '../../core/verify/verify-document';
import { CopyButton } from '../ui/copy-button';
import { STATUS_CLASS, STATUS_ICON, STATUS_WORD } from '../verification/status-style';
import { aliasHref, aliasKindLabel, anatomyRows } from './identifiers';
import { readRecord, type RecordFields } from './read-record';

export interface AliasesTableProps {
  doc: unknown;
  report?: VerifyReport | null;
}

interface Row {
  readonly kind: string;
  readonly value: string;
  /** Served rows: this browser's check of the alias; null when no report covers it. */
  readonly item: CheckItem | null;
  readonly derived: boolean;
}

const LINK = 'text-teal-700 underline decoration-teal-700/40 underline-offset-2 hover:decoration-teal-700 dark:text-teal-300 dark:decoration-teal-300/40';
const CELL = 'px-2 py-1.5 align-top';

function suffixAndYear(v: RecordFields, report: VerifyReport | null | undefined) {
  // The number the document states comes first: a mismatch with the computed one is the checks' to report.
  return { suffix: v.suffix ?? report?.derivation?.suffix ?? null, year: v.year ?? report?.derivation?.year ?? null };
}

function rowsOf(v: RecordFields, report: VerifyReport | null | undefined, suffix: string | null): { rows: Row[]; served: boolean } {
  const items = report?.checks.find((c) => c.id === 'aliases')?.items ?? [];
  if (v.aliases && v.aliases.value.length > 0) {
    const used = new Set<CheckItem>();
    const rows = v.aliases.value.map((a) => {
      // Items come in served order; match on kind and value so a duplicate kind gets its own item.
      const item = items.find((i) => !used.has(i) && i.label === a.kind && i.expected === a.value) ?? null;
      if (item) used.add(item);
      return { kind: a.kind, value: a.value, item, derived: false };
    });
    return { rows, served: true };
  }
  const src = v.canonical?.source;
  if (!src || src.version === null || !suffix) return { rows: [], served: false };
  const derived = deriveAliases({ id: src.id, version: src.version }, suffix);
  return { rows: Object.entries(derived).map(([kind, value]) => ({ kind, value, item: null, derived: true })), served: false };
}

function StatusCell({ row }: { row: Row }) {
  if (row.derived) {
    return (
      <span className="inline-flex items-center gap-1 rounded bg-slate-100 px-1.5 py-0.5 text-xs font-semibold text-slate-700 ring-1 ring-slate-500/30 ring-inset dark:bg-slate-800 dark:text-slate-200">
        <span aria-hidden="true">⚙</span> derived here
      </span>
    );
  }
  const status: CheckStatus | null = row.item?.status ?? null;
  if (!status) {
    return (
      <span className="text-xs text-slate-600 dark:text-slate-400">
        <span aria-hidden="true">– </span>
        {isAliasKind(row.kind) ? 'not checked' : 'unknown kind, not checkable'}
      </span>
    );
  }
  return (
    <span>
      <span className={`inline-flex items-center gap-1 rounded px-1.5 py-0.5 text-xs font-semibold ring-1 ring-inset ${STATUS_CLASS[status]}`}>
        <span aria-hidden="true">{STATUS_ICON[status]}</span>
        {STATUS_WORD[status]}
      </span>
      {status === 'fail' && row.item?.computed !== undefined && (
        <span className="mt-1 block text-xs text-red-800 dark:text-red-200">
          should be <code className="break-all">{row.item.computed}</code>
        </span>
      )}
      {row.item?.note && <span className="mt-1 block text-xs text-slate-600 dark:text-slate-400">{row.item.note}</span>}
    </span>
  );
}

function linkText(kind: string): string {
  if (kind === 'doi') return 'doi.org';
  if (kind.startsWith('pith_short_')) return 'open record';
  return 'arXiv';
}

export function AliasesTable({ doc, report }: AliasesTableProps) {
  const v = useMemo(() => readRecord(doc), [doc]);
  const { suffix } = suffixAndYear(v, report);
  const { rows, served } = rowsOf(v, report, suffix);

  return (
    <section aria-label="Aliases" className="space-y-2 text-slate-900 dark:text-slate-100">
      {!served && rows.length > 0 && (
        <p className="text-sm text-slate-700 dark:text-slate-300">
          This record serves no aliases; these are derived here from the hash-bound canonical source and the suffix (FORMAT.md §5).
        </p>
      )}
      {rows.length === 0 ? (
        <p className="text-sm text-slate-600 italic dark:text-slate-400">
          No aliases: not in this record, and no canonical source {suffix ? '' : 'and suffix '}to derive them from.
        </p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-sm">
            <caption className="sr-only">{served ? 'Aliases served by the record, with this browser’s check of each' : 'Aliases derived in this browser'}</caption>
            <thead>
              <tr className="border-b border-slate-200 text-left text-xs text-slate-600 dark:border-slate-700 dark:text-slate-400">
                <th scope="col" className={CELL}>Kind</th>
                <th scope="col" className={CELL}>Value</th>
                <th scope="col" className={CELL}>Status</th>
                <th scope="col" className={CELL}><span className="sr-only">Actions</span></th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row, i) => {
                const href = aliasHref(row.kind, row.value, suffix);
                return (
                  <tr key={`${row.kind}:${row.value}:${i}`} data-alias-kind={row.kind} className="border-b border-slate-100 dark:border-slate-800">
                    <td className={CELL}>
                      <span className="block">{aliasKindLabel(row.kind)}</span>
                      <code className="text-xs text-slate-500 dark:text-slate-400">{row.kind}</code>
                    </td>
                    <td className={`${CELL} font-mono break-all`}>{row.value}</td>
                    <td className={CELL}><StatusCell row={row} /></td>
                    <td className={`${CELL} whitespace-nowrap`}>
                      <span className="inline-flex items-center gap-2">
                        <CopyButton text={row.value} what={`${row.kind} alias`} />
                        {href && (
                          <a className={`${LINK} text-xs`} href={href} rel={href.startsWith('/') ? undefined : 'noreferrer'}>
                            {linkText(row.kind)}
                            <span className="sr-only"> for {row.value}</span>
                          </a>
                        )}
                      </span>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

export interface NumberAnatomyProps {
  doc: unknown;
  report?: VerifyReport | null;
}

/** Every equivalent written form of the number and the paper's ids. */
export function NumberAnatomy({ doc, report }: NumberAnatomyProps) {
  const v = useMemo(() => readRecord(doc), [doc]);
  const { suffix, year } = suffixAndYear(v, report);
  const fromDoc = v.suffix !== null;
  const source = v.canonical?.source ?? v.source?.value ?? null;
  const rows = anatomyRows({ suffix, year, source });
  if (rows.length === 0) return <p className="text-sm text-slate-600 italic dark:text-slate-400">No pith number or source in this record to take apart.</p>;
  return (
    <section aria-label="Anatomy of the number" className="space-y-2 text-slate-900 dark:text-slate-100">
      {suffix && !fromDoc && (
        <p className="text-xs text-slate-600 dark:text-slate-400">The record states no full pith number; these forms use the one computed in this browser.</p>
      )}
      <dl className="divide-y divide-slate-100 dark:divide-slate-800">
        {rows.map((r) => (
          <div key={r.label} className="grid gap-1 py-2 sm:grid-cols-[8rem_1fr] sm:gap-3">
            <dt className="text-sm font-medium text-slate-600 dark:text-slate-400">{r.label}</dt>
            <dd className="min-w-0">
              <div className="flex flex-wrap items-center gap-2">
                <code className="text-sm break-all">{r.value}</code>
                <CopyButton text={r.value} what={r.label.toLowerCase()} />
                {r.href && (
                  <a className={`${LINK} text-xs`} href={r.href} rel="noreferrer">
                    open<span className="sr-only"> {r.value}</span>
                  </a>
                )}
              </div>
              <p className="mt-0.5 text-xs text-slate-600 dark:text-slate-400">{r.meaning}</p>
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
