/**
 * The record page's first screen (its header, the request mismatch note and the origin line), shared
 * by the React page (record-header.tsx, record-view.tsx, record-origin.tsx) and the verdict shown
 * before React has loaded (first-verdict.ts), so that the one looks like the other (its buttons aside).
 */
import { formatShort } from '../../core/pith/pith-number';
import type { HeadlineReason } from '../../core/verify/report-types';
import type { VerifyReport } from '../../core/verify/verify-document';

export const HEADER_CLASS = 'space-y-3 pt-6';
/** relative: the Cite panel opens right-aligned inside this row, never past the window's edge. */
export const TITLE_ROW_CLASS = 'relative flex flex-wrap items-start gap-x-3 gap-y-1';
export const TITLE_CLASS = 'min-w-0 text-2xl font-semibold tracking-tight break-words';
export const NUMBER_ROW_CLASS = 'flex flex-wrap items-center gap-x-4 gap-y-2';
export const NUMBER_CLASS = 'font-mono text-base break-all';
export const SHORT_NUMBER_CLASS = 'font-mono text-sm text-slate-600 dark:text-slate-400';
export const VERDICT_ROW_CLASS = 'flex flex-wrap items-center gap-3';
export const HEADLINE_CLASS = 'min-w-0 text-sm text-slate-800 dark:text-slate-200';
export const REASONS_CLASS = 'list-disc space-y-0.5 pl-5 text-sm text-slate-700 dark:text-slate-300';
export const REASON_CLASS = '[overflow-wrap:anywhere]';
/** How much of a title is shown at first (a forged 3,000-character title must not bury the verdict; the first verdict also clamps it to 4 lines). */
export const TITLE_PREVIEW = 300;
/** The record view's column: header, notes, origin and the rest, 1.5rem apart. */
export const RECORD_VIEW_CLASS = 'space-y-6';
export const MISMATCH_CLASS = 'rounded-md border border-amber-400 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-600 dark:bg-amber-950 dark:text-amber-100';
export const ORIGIN_CLASS = 'space-y-2 text-sm';
export const ORIGIN_URL_CLASS = 'font-mono text-xs break-all text-slate-500 dark:text-slate-400';
export const ORIGIN_NOTE_CLASS = 'text-amber-800 dark:text-amber-300';
/** The short number shown beside the full one (FORMAT.md §1), of the number the report shows. */
export function shortNumberOf(report: VerifyReport): string | null {
  const suffix = report.pithNumber?.split(':').pop();
  return suffix ? formatShort(suffix) : null;
}

/** The headline's reasons listed under it: all but the "everything holds" one the summary already says. */
export function listedReasons(report: VerifyReport): readonly HeadlineReason[] {
  return report.headline.reasons.filter((r) => r.code !== 'all-hold');
}

/** The groups of the number row: the full number with its copy button and badge, and the short one. */
export const NUMBER_GROUP_CLASS = 'flex min-w-0 flex-wrap items-center gap-1';
export const SHORT_GROUP_CLASS = 'flex items-center gap-1';
export const VERDICT_BOX_CLASS = 'space-y-1';
export const MUTED_CLASS = 'text-slate-500 dark:text-slate-400';

/** A mirror's record: fetched with this app (a path of its own origin) or over the network. */
export function originTag(url: string): string {
  return url.startsWith('/') ? 'served by this app' : 'needs network';
}
