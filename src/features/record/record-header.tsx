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
import {
  HEADER_CLASS,
  HEADLINE_CLASS,
  listedReasons,
  MUTED_CLASS,
  NUMBER_CLASS,
  NUMBER_GROUP_CLASS,
  NUMBER_ROW_CLASS,
  REASON_CLASS,
  REASONS_CLASS,
  SHORT_GROUP_CLASS,
  SHORT_NUMBER_CLASS,
  shortNumberOf,
  TITLE_CLASS,
  TITLE_PREVIEW,
  TITLE_ROW_CLASS,
  VERDICT_BOX_CLASS,
  VERDICT_ROW_CLASS,
} from './record-header-style';

/** `cite`: the Cite control, shown beside the title (the record view passes it). */
export function RecordHeader({ report, cite, mismatched = false }: { report: VerifyReport; cite?: ReactNode; mismatched?: boolean }) {
  const number = report.pithNumber;
  const short = shortNumberOf(report);
  const title = report.fields.title;
  const numberField = report.fields['pith-number'];
  const shortField = report.fields['short-pith-number'];
  const { headline } = report;
  const details = listedReasons(report);
  // A deep link's verdict shown before React (first-verdict.ts) gives way to this one, in the same frame.
  useLayoutEffect(removeFirstVerdict, []);
  return (
    <header className={HEADER_CLASS}>
      <div className={TITLE_ROW_CLASS}>
        <h1 className={TITLE_CLASS}>
          {title ? <LongText text={title.value} what="title" preview={TITLE_PREVIEW} {...(title.fullLength ? { total: title.fullLength } : {})} /> : <span className={MUTED_CLASS}>Untitled {report.kindLabel}</span>}
        </h1>
        {title && <BindingBadge binding={title.binding} note={title.note} field="title" className="mt-2" />}
        {cite}
      </div>
      <div className={NUMBER_ROW_CLASS}>
        {number ? (
          <span className={NUMBER_GROUP_CLASS}>
            <code className={NUMBER_CLASS} data-testid="pith-number">
              {number}
            </code>
            <CopyButton text={number} what="full pith number" />
            {numberField && <BindingBadge binding={numberField.binding} note={numberField.note} field="pith-number" />}
          </span>
        ) : (
          <span className={MUTED_CLASS}>no pith number</span>
        )}
        {short && (
          <span className={SHORT_GROUP_CLASS}>
            <code className={SHORT_NUMBER_CLASS}>{short}</code>
            <CopyButton text={short} what="short pith number" />
            {shortField && shortField.value === short && <BindingBadge binding={shortField.binding} note={shortField.note} field="short-pith-number" />}
          </span>
        )}
      </div>
      <div className={VERDICT_BOX_CLASS} data-testid="record-verdict">
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
        {verdictAnnouncement(report, mismatched)}
      </p>
    </header>
  );
}
