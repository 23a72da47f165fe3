/**
 * Title (with its binding), the number in full and short with copy buttons, and this browser's
 * verdict with the core's headline: what failed, what is missing, which shown fields are not bound.
 * The verdict is announced to screen readers.
 */
import { useLayoutEffect, type ReactNode } from 'react';
import { removeFirstVerdict } from './first-verdict-hold';
import { verdictAnnouncement } from './record-tab-title';
import type { VerifyReport } from '../../core/verify/verify-document';
import { BindingBadge } from '../ui/binding-badge';
import { CopyButton } from '../ui/copy-button';
import { LongText } from '../ui/long-text';
import { VerdictBadge } from '../ui/verdict-badge';
import { HEADER_CLASS, HEADLINE_CLASS, NUMBER_CLASS, NUMBER_ROW_CLASS, REASON_CLASS, REASONS_CLASS, SHORT_NUMBER_CLASS, TITLE_CLASS, TITLE_PREVIEW, TITLE_ROW_CLASS, VERDICT_ROW_CLASS } from './record-header-style';

/** `cite`: the Cite control, shown beside the title (the record view passes it). */
export function RecordHeader({ report, cite }: { report: VerifyReport; cite?: ReactNode }) {
  const number = report.pithNumber;
  const suffix = number?.split(':').pop() ?? null;
  const short = suffix ? `pith:${suffix.slice(0, 8)}` : null;
  const title = report.fields.title;
  const numberField = report.fields['pith-number'];
  const shortField = report.fields['short-pith-number'];
  const { headline } = report;
  const details = headline.reasons.filter((r) => r.code !== 'all-hold');
  // A deep link's verdict shown before React (first-verdict.ts) gives way to this one, in the same frame.
  useLayoutEffect(removeFirstVerdict, []);
  return (
    <header className={HEADER_CLASS}>
      <div className={TITLE_ROW_CLASS}>
        <h1 className={TITLE_CLASS}>
          {title ? <LongText text={title.value} what="title" preview={TITLE_PREVIEW} {...(title.fullLength ? { total: title.fullLength } : {})} /> : <span className="text-slate-500 dark:text-slate-400">Untitled {report.kindLabel}</span>}
        </h1>
        {title && <BindingBadge binding={title.binding} note={title.note} field="title" className="mt-2" />}
        {cite}
      </div>
      <div className={NUMBER_ROW_CLASS}>
        {number ? (
          <span className="flex min-w-0 flex-wrap items-center gap-1">
            <code className={NUMBER_CLASS} data-testid="pith-number">
              {number}
            </code>
            <CopyButton text={number} what="full pith number" />
            {numberField && <BindingBadge binding={numberField.binding} note={numberField.note} field="pith-number" />}
          </span>
        ) : (
          <span className="text-slate-500 dark:text-slate-400">no pith number</span>
        )}
        {short && (
          <span className="flex items-center gap-1">
            <code className={SHORT_NUMBER_CLASS}>{short}</code>
            <CopyButton text={short} what="short pith number" />
            {shortField && shortField.value === short && <BindingBadge binding={shortField.binding} note={shortField.note} field="short-pith-number" />}
          </span>
        )}
      </div>
      <div className="space-y-1" data-testid="record-verdict">
        <div className={VERDICT_ROW_CLASS}>
          <VerdictBadge verdict={report.verdict} />
          <p className={HEADLINE_CLASS} data-testid="headline">
            {headline.summary}
          </p>
        </div>
        {details.length > 0 && (
          <ul className={REASONS_CLASS} data-testid="headline-reasons">
            {details.map((r, i) => (
              <li key={i} data-reason={r.code} data-fields={r.fields.join(' ') || undefined} className={REASON_CLASS}>
                {r.text}
              </li>
            ))}
          </ul>
        )}
      </div>
      <p className="sr-only" role="status" aria-live="polite">
        {verdictAnnouncement(report)}
      </p>
    </header>
  );
}
