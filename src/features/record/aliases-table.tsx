/**
 * The record's aliases, each with this browser's check of it, and the
 * "anatomy" of its number (docs/UX.md, CID Inspector): every equivalent form,
 * what its parts mean, one click to copy.
 */
import type { AliasRow } from '../../core/verify/report-types';
import type { VerifyReport } from '../../core/verify/verify-document';
import { BindingBadge } from '../ui/binding-badge';
import { CopyButton } from '../ui/copy-button';
import { failsOrWarns, ShowMoreButton, useCappedList } from '../ui/capped-list';
import { plural } from '../ui/plural';
import { StatusPill } from '../ui/status-pill';
import { Tag } from '../ui/tag';
import { TextLink } from '../ui/text-link';
import { aliasHref, aliasKindLabel, anatomyRows } from './identifiers';
import { formatCount } from '../../core/text/format-count';

export interface AliasesTableProps {
  report: VerifyReport;
}

// On a phone the table becomes cards: each alias a bordered block, its cells lines (one DOM for both).
const CELL = 'px-2 py-1.5 align-top max-sm:block max-sm:px-0 max-sm:py-0.5';

/** The suffix and year the page's forms use: the number the document states, else the one computed here. */
function suffixAndYear(report: VerifyReport): { suffix: string | null; year: string | null; fromDoc: boolean } {
  const stated = /^pith:(\d{4}):([A-Z2-7]{26})$/.exec(report.claimedPithNumber ?? '');
  if (stated) return { suffix: stated[2]!, year: stated[1]!, fromDoc: true };
  return { suffix: report.derivation?.suffix ?? null, year: report.derivation?.year ?? null, fromDoc: false };
}

function StatusCell({ row }: { row: AliasRow }) {
  if (row.origin === 'derived') {
    return (
      <span className="inline-flex flex-wrap items-center gap-1">
        <Tag>
          <span aria-hidden="true">⚙</span> derived here
        </Tag>
        <BindingBadge binding={row.binding} />
      </span>
    );
  }
  if (!row.status) {
    return (
      <span className="text-xs text-slate-600 dark:text-slate-400">
        <span aria-hidden="true">– </span>not checked
      </span>
    );
  }
  return (
    <span>
      <span className="inline-flex flex-wrap items-center gap-1">
        <StatusPill status={row.status} size="sm" />
        <BindingBadge binding={row.binding} />
      </span>
      {row.expected !== null && (
        <span className="mt-1 block text-xs text-red-800 dark:text-red-200">
          should be <code className="break-all">{row.expected}</code>
        </span>
      )}
      {row.note && <span className="mt-1 block text-xs text-slate-600 dark:text-slate-400">{row.note}</span>}
    </span>
  );
}

function linkText(kind: string): string {
  if (kind === 'doi') return 'doi.org';
  if (kind.startsWith('pith_short_')) return 'this record';
  return 'arXiv';
}

export function AliasesTable({ report }: AliasesTableProps) {
  const { suffix } = suffixAndYear(report);
  const rows = report.evidence.aliases;
  const served = rows.some((r) => r.origin === 'served');
  // A long list is drawn a part at a time (capped-list.tsx), those the check failed or warned on first.
  const { shown, more, hidden, step } = useCappedList(rows, failsOrWarns);

  return (
    <section aria-labelledby="aliases-heading" className="space-y-2 text-slate-900 dark:text-slate-100" data-testid="aliases">
      <h2 id="aliases-heading" className="text-lg font-semibold">
        Aliases
      </h2>
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
          <table className="w-full border-collapse text-sm max-sm:block">
            <caption className="sr-only">{served ? 'Aliases served by the record, with this browser’s check of each' : 'Aliases derived in this browser'}</caption>
            <thead className="max-sm:hidden">
              <tr className="border-b border-slate-200 text-left text-xs text-slate-600 dark:border-slate-700 dark:text-slate-400">
                <th scope="col" className={CELL}>Kind</th>
                <th scope="col" className={CELL}>Value</th>
                <th scope="col" className={CELL}>Status</th>
                <th scope="col" className={CELL}><span className="sr-only">Actions</span></th>
              </tr>
            </thead>
            <tbody className="max-sm:block max-sm:space-y-2">
              {shown.map((row, i) => {
                const href = aliasHref(row.kind, row.value, suffix);
                return (
                  <tr key={`${row.kind}:${row.value}:${i}`} data-alias-kind={row.kind} className="border-b border-slate-100 max-sm:block max-sm:rounded-lg max-sm:border max-sm:border-slate-200 max-sm:p-2 dark:border-slate-800 max-sm:dark:border-slate-700">
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
                          <TextLink className="inline-flex min-h-6 items-center text-xs" href={href}>
                            {linkText(row.kind)}
                            <span className="sr-only"> for {row.value}</span>
                          </TextLink>
                        )}
                      </span>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          {hidden > 0 && (
            <div className="mt-2 flex flex-wrap items-center gap-2 text-sm text-slate-700 dark:text-slate-300">
              <p>
                Showing {formatCount(shown.length)} of {plural(rows.length, 'alias', 'aliases')}, those that fail or warn first; the aliases check covers every one.
              </p>
              <ShowMoreButton hidden={hidden} step={step} more={more} what="aliases" />
            </div>
          )}
        </div>
      )}
    </section>
  );
}

export interface NumberAnatomyProps {
  report: VerifyReport;
}

/** Every written form of the number itself; the aliases (prefixes, arXiv ids, DOI) stay in their table. */
export function NumberAnatomy({ report }: NumberAnatomyProps) {
  const { suffix, year, fromDoc } = suffixAndYear(report);
  const rows = anatomyRows({ suffix, year });
  return (
    <section aria-labelledby="anatomy-heading" className="space-y-2 text-slate-900 dark:text-slate-100" data-testid="anatomy">
      <h2 id="anatomy-heading" className="text-lg font-semibold">
        Anatomy of the number
      </h2>
      {rows.length === 0 && <p className="text-sm text-slate-600 italic dark:text-slate-400">No pith number in this record to take apart.</p>}
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
                  <TextLink className="inline-flex min-h-6 items-center text-xs" href={r.href}>
                    open<span className="sr-only"> {r.value}</span>
                  </TextLink>
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
