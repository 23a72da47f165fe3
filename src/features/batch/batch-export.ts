/** Batch exports: JSON in the CLI's `--json` schema, and CSV (RFC 4180 quoting). */
import type { EntryJson } from '../../core/verify/entry-json';

function csvCell(v: string | number | null | undefined): string {
  const s = v === null || v === undefined ? '' : String(v);
  // Quote when needed; a leading = + - @ is defused so a spreadsheet does not run it as a formula.
  const safe = /^[=+\-@]/.test(s) ? `'${s}` : s;
  return /[",\n\r]/.test(safe) || safe !== s ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(entries: readonly EntryJson[]): string {
  // title_binding: the title is shown only with how it is tied to the number (README "How verification works").
  const header = ['file', 'index', 'kind', 'pith_number', 'title', 'title_binding', 'verdict', 'headline', 'failing_checks', 'not_checkable', 'error'];
  const lines = entries.map((e) =>
    [
      e.file,
      e.index ?? '',
      e.kind,
      e.pith_number,
      e.title ?? '',
      e.bindings?.title ?? '',
      e.verdict,
      e.headline ?? '',
      e.checks.filter((c) => c.status === 'fail').map((c) => c.id).join(' '),
      e.checks.filter((c) => c.status === 'skip').map((c) => c.id).join(' '),
      e.error?.message ?? '',
    ]
      .map(csvCell)
      .join(','),
  );
  return `${[header.join(','), ...lines].join('\r\n')}\r\n`;
}

