/**
 * The CLI's human-readable output: one line per record, failing checks spelled out below it.
 *
 * Every cell that can come from outside (a file name, the number a document claims, a message that
 * quotes a document) goes through visibleWhole: written raw, a file name holding a newline and
 * ESC[8m (conceal) printed a fake "✔ verified" row and summary over an invalid record's (a hostile
 * review, 2026-12-03). The JSON outputs are JSON-escaped already.
 */
import type { EntryJson } from '../core/verify/entry-json';
import { visibleWhole as shown } from '../core/text/visible-text';

const MARK: Record<EntryJson['verdict'], string> = { verified: '✔ verified', incomplete: '◐ incomplete', invalid: '✘ invalid', unreadable: '⚠ unreadable', 'not-a-record': '○ no record' };

export function formatTable(results: readonly EntryJson[]): string {
  const lines: string[] = [];
  const name = (r: EntryJson) => shown(r.index === undefined ? r.file : `${r.file}#${r.index}`);
  const w = Math.min(60, Math.max(4, ...results.map((r) => name(r).length)));
  lines.push(`${'FILE'.padEnd(w)}  ${'VERDICT'.padEnd(12)}  ${'PITH NUMBER'.padEnd(37)}  NOT PASSED`);
  for (const r of results) {
    const notPassed = r.checks.filter((c) => c.status !== 'pass').map((c) => `${c.id}:${c.status}`);
    lines.push(`${name(r).padEnd(w)}  ${MARK[r.verdict].padEnd(12)}  ${shown(r.pith_number ?? '-').padEnd(37)}  ${notPassed.join(' ')}`);
    if (r.error) lines.push(`${''.padEnd(w)}    ${r.error.code}: ${shown(r.error.message)}`);
    else if (r.headline && r.verdict !== 'verified') lines.push(`${''.padEnd(w)}    ${shown(r.headline)}`);
    for (const c of r.checks) if (c.status === 'fail') lines.push(`${''.padEnd(w)}    ${c.id}: ${shown(c.reason)}`);
  }
  const count = (v: EntryJson['verdict']) => results.filter((r) => r.verdict === v).length;
  lines.push('', `${results.length} ${results.length === 1 ? 'record' : 'records'}: ${count('verified')} verified, ${count('incomplete')} incomplete, ${count('invalid')} invalid, ${count('unreadable')} unreadable${count('not-a-record') > 0 ? `, ${count('not-a-record')} with no record` : ''}`);
  return lines.join('\n');
}
