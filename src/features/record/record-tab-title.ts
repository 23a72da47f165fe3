/** A record page's tab title: the verdict unless verified, the title cut to 80 characters, and the short number. */
import type { VerifyReport } from '../../core/verify/verify-document';

export function recordTabTitle(report: VerifyReport): string {
  const suffix = report.pithNumber?.split(':').pop() ?? null;
  const short = suffix && /^[A-Z2-7]{8}/.test(suffix) ? `pith:${suffix.slice(0, 8)}` : report.kindLabel;
  const title = report.title ? (report.title.length > 80 ? `${report.title.slice(0, 80)}…` : report.title) : `Untitled ${report.kindLabel}`;
  const verdict = report.verdict === 'verified' ? '' : `${report.verdict[0]!.toUpperCase()}${report.verdict.slice(1)}: `;
  return `${verdict}${title} · ${short}`;
}
