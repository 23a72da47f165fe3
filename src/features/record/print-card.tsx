/**
 * The printed verification card (issue 9): one page with the number, the title, this browser's
 * verdict and headline, every check in one line, the signing key's fingerprint and a QR code of the
 * record's link. Hidden on screen; when printing, the rest of the page is hidden instead
 * (print:hidden on the layout and the record view).
 */
import { isBound } from '../../core/verify/fields';
import type { Binding as BindingKind } from '../../core/verify/report-types';
import type { VerifyReport } from '../../core/verify/verify-document';
import { BINDING_WORD } from '../ui/binding-style';
import { CHECK_TITLES } from '../../core/verify/check-catalog';
import { RecordQr } from '../share/record-qr';
import { STATUS_ICON, STATUS_WORD, VERDICT_ICON } from '../ui/status-style';
import type { RecordOrigin } from './record-origin';

/**
 * A paper card is read away from the page, so a value this browser could not tie to the signed
 * digest says so in words beside it (the same binding the page shows, decided by the core).
 */
function Binding({ field }: { field: { readonly binding: BindingKind } | undefined }) {
  if (!field || isBound(field.binding)) return null;
  return <span className="ml-2 font-sans text-[9pt] font-normal whitespace-nowrap">({BINDING_WORD[field.binding]}: not tied to the signed digest)</span>;
}

function originText(origin: RecordOrigin): string {
  if (origin.type === 'mirror') return `fetched from ${origin.mirrorName}`;
  if (origin.type === 'file') return `read from the file ${origin.name}${origin.index !== null ? ` (#${origin.index})` : ''}`;
  return 'opened from a share link';
}

export function PrintCard({ report, origin, deepLink, otherCopy, checkedAt }: { report: VerifyReport; origin: RecordOrigin; deepLink: string | null; otherCopy: string | null; checkedAt: Date }) {
  const key = report.evidence.key;
  const receiptKeyId = report.evidence.receipt?.keyId ?? null;
  const reasons = report.headline.reasons.filter((r) => r.code !== 'all-hold');
  return (
    <section className="hidden text-[10pt] leading-snug text-black print:block" data-testid="print-card-sheet" aria-hidden="true">
      <div className="flex items-start justify-between gap-6 border-b border-black pb-2">
        <div className="min-w-0 space-y-1">
          <p className="text-[8pt] tracking-wide uppercase">pith-explorer verification card</p>
          <p className="font-mono text-[13pt] font-semibold break-all" data-testid="print-number">
            {report.pithNumber ?? 'no pith number'}
            <Binding field={report.fields['pith-number']} />
          </p>
          <p className="text-[11pt] break-words" data-testid="print-title">
            {report.title ?? `Untitled ${report.kindLabel}`}
            <Binding field={report.fields.title} />
          </p>
        </div>
        {deepLink && <RecordQr url={deepLink} sizePx={120} caption={false} />}
      </div>
      {/* The core's summary already opens with the verdict word; its reasons say what the summary promises. */}
      <p className="mt-2 text-[12pt] font-semibold" data-verdict={report.verdict} data-testid="print-headline">
        {VERDICT_ICON[report.verdict]} {report.headline.summary}
      </p>
      {reasons.length > 0 && (
        <ul className="list-disc pl-5 text-[9pt]" data-testid="print-headline-reasons">
          {reasons.map((r) => (
            <li key={`${r.code}:${r.check ?? ''}:${r.fields.join(',')}`}>{r.text}</li>
          ))}
        </ul>
      )}
      <table className="mt-2 w-full border-collapse text-[9pt]">
        <tbody>
          {report.checks.map((c) => (
            <tr key={c.id} className="border-b border-slate-400 align-top" data-print-check={c.id}>
              <td className="py-0.5 pr-2 whitespace-nowrap">
                {STATUS_ICON[c.status]} {STATUS_WORD[c.status]}
              </td>
              <td className="py-0.5 pr-2 whitespace-nowrap">{CHECK_TITLES[c.id]}</td>
              <td className="py-0.5 [overflow-wrap:anywhere]">{c.reason.length > 160 ? `${c.reason.slice(0, 159)}…` : c.reason}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <dl className="mt-2 grid grid-cols-[9rem_1fr] gap-x-2 text-[9pt]">
        <dt>Signing key</dt>
        <dd className="font-mono break-all">{key ? `${key.keyId} (${key.origin === 'pinned' ? 'pinned in the app' : 'added by the user'})` : receiptKeyId ? `${receiptKeyId}: not in the keyring` : 'no receipt'}</dd>
        <dt>Key fingerprint</dt>
        <dd className="font-mono break-all">{key ? key.fingerprintHex : 'unknown'}</dd>
        <dt>Record</dt>
        <dd>{originText(origin)}</dd>
        {deepLink && (
          <>
            <dt>Link</dt>
            <dd className="font-mono break-all">{deepLink}</dd>
          </>
        )}
        {otherCopy && (
          <>
            <dt>Link</dt>
            <dd>none for this document; <span className="font-mono break-all">{otherCopy}</span> opens the mirrors’ copy of its number, another document</dd>
          </>
        )}
        <dt>Checked</dt>
        <dd>in this browser, {checkedAt.toISOString().replace('T', ' ').slice(0, 16)} UTC, against the pinned keyring; a server's claims are not counted.</dd>
      </dl>
    </section>
  );
}
