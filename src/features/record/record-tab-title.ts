/** A record page's words outside its visible text: the tab title and the verdict's announcement (React's page and the first verdict alike). */
import { mismatchLead } from '../../core/query/mismatch-lead';
import { cutCodeUnits } from '../../core/text/cut-text';
import type { VerifyReport } from '../../core/verify/verify-document';
import { VERDICT_WORD } from '../ui/status-style';

/** The tab title: the verdict unless verified, the title cut to 80 characters, and the short number; first, when it is not the record asked for, that. */
export function recordTabTitle(report: VerifyReport, mismatched = false): string {
  const suffix = report.pithNumber?.split(':').pop() ?? null;
  const short = suffix && /^[A-Z2-7]{8}/.test(suffix) ? `pith:${suffix.slice(0, 8)}` : report.kindLabel;
  const title = report.title ? (report.title.length > 80 ? `${cutCodeUnits(report.title, 80)}…` : report.title) : `Untitled ${report.kindLabel}`;
  const verdict = report.verdict === 'verified' ? '' : `${report.verdict[0]!.toUpperCase()}${report.verdict.slice(1)}: `;
  return `${mismatched ? 'Not what you asked for: ' : ''}${verdict}${title} · ${short}`;
}

/** What a screen reader is told of the verdict: that it is not the record asked for (when so), the word, the headline and the checks counted. */
export function verdictAnnouncement(report: VerifyReport, mismatched = false): string {
  const counts = (['pass', 'fail', 'warn', 'skip'] as const).map((s) => [s, report.checks.filter((c) => c.status === s).length] as const).filter(([, n]) => n > 0);
  return `${mismatched ? `${mismatchLead(report.pithNumber)} ` : ''}Verification result: ${VERDICT_WORD[report.verdict]}. ${report.headline.summary} ${counts.map(([s, n]) => `${n} ${s}`).join(', ')}.`;
}
