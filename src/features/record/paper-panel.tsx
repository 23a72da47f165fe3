/**
 * The paper above the fold (docs/UX.md, arXiv / Semantic Scholar): title, authors, arXiv id and
 * links, date, categories, license, abstract. Every value and its binding come from the core's
 * report (report.fields); this panel reads nothing else, so unsigned text never passes for bound.
 */
import { visibleProse } from '../../core/text/visible-text';
import { useId, type ReactNode } from 'react';
import type { Binding, DisplayField, FieldId } from '../../core/verify/report-types';
import type { VerifyReport } from '../../core/verify/verify-document';
import { BindingBadge } from '../ui/binding-badge';
import { TextLink } from '../ui/text-link';
import { categoryName, licenseInfo } from './arxiv-names';
import { formatUtc } from './format-time';
import { arxivAbsUrl, arxivPdfUrl } from './identifiers';
import { LongText } from '../ui/long-text';

export interface PaperPanelProps {
  report: VerifyReport;
}

function Missing() {
  return <span className="text-slate-500 italic dark:text-slate-400">not in this record</span>;
}

/** Why a field reads as it does, when that is not simply "bound": a mismatch, a conflicting copy, a cut excerpt. */
function Notes({ field }: { field: DisplayField }) {
  const lines: ReactNode[] = [];
  if (field.binding === 'contradicted') lines.push(<><span className="font-semibold">Contradicted:</span> {field.note}</>);
  for (const c of field.conflicts) {
    lines.push(
      <>
        <span className="font-semibold">{c.binding === 'contradicted' ? 'Contradicted copy:' : 'Another copy says otherwise:'}</span> <code className="break-all">{c.path}</code> says <code className="break-all">{visibleProse(c.value)}</code>
      </>,
    );
  }
  if (lines.length === 0) return null;
  return (
    <div className="mt-1 space-y-0.5 text-xs text-red-800 dark:text-red-200" data-testid={`field-notes-${field.id}`}>
      {lines.map((l, i) => (
        <p key={i}>
          <span aria-hidden="true">✗ </span>
          {l}
        </p>
      ))}
    </div>
  );
}

function Row({ label, fields, children }: { label: string; fields: (DisplayField | undefined)[]; children: ReactNode }) {
  const shown = fields.filter((f): f is DisplayField => f !== undefined);
  // A row of several values is only as bound as its weakest part.
  const rank: Record<Binding, number> = { contradicted: 0, unbound: 1, signed: 2, 'rehash-bound': 3, 'hash-bound': 4 };
  const weakest = [...shown].sort((a, b) => rank[a.binding] - rank[b.binding])[0];
  return (
    <div className="grid gap-1 py-2 sm:grid-cols-[9rem_1fr] sm:gap-3" data-field-row={shown.map((f) => f.id).join(' ') || undefined}>
      <dt className="text-sm font-medium text-slate-600 dark:text-slate-400">{label}</dt>
      <dd className="min-w-0 text-sm">
        <div className="flex flex-wrap items-baseline gap-x-2 gap-y-1">
          <div className="min-w-0">{children}</div>
          {weakest && <BindingBadge binding={weakest.binding} note={weakest.note} field={shown.map((f) => f.id).join(' ')} />}
        </div>
        {shown.map((f) => (
          <Notes key={f.id} field={f} />
        ))}
      </dd>
    </div>
  );
}

function Category({ code, primary }: { code: string; primary?: boolean }) {
  const name = categoryName(code);
  return (
    <li className="inline-flex items-baseline gap-1.5 rounded bg-slate-100 px-2 py-0.5 dark:bg-slate-800">
      <code className="text-xs">{code}</code>
      {name !== code && <span>{name}</span>}
      {primary && <span className="text-xs font-semibold text-slate-600 dark:text-slate-300">(primary)</span>}
    </li>
  );
}

export function PaperPanel({ report }: PaperPanelProps) {
  const titleId = useId();
  const f = report.fields;
  const get = <K extends FieldId>(id: K) => f[id] as DisplayField<K> | undefined;
  const title = get('title');
  const source = get('source')?.value;
  const arxivRef = source ? `${source.id}v${source.version}` : null;
  const submitted = get('submitted-at')?.value;
  const license = get('license');
  const abstract = get('abstract');
  const primary = get('primary-category');
  const cross = get('cross-categories');

  return (
    <section aria-labelledby={titleId} className="rounded-xl border border-slate-200 bg-white p-4 text-slate-900 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100" data-testid="paper-panel">
      <div className="flex flex-wrap items-start gap-x-3 gap-y-1" data-field-row={title ? 'title' : undefined}>
        <h2 id={titleId} className="min-w-0 text-xl leading-snug font-semibold break-words">
          {title ? <LongText text={title.value} what="title" {...(title.fullLength ? { total: title.fullLength } : {})} /> : <span className="text-slate-500 italic dark:text-slate-400">Title not in this {report.kindLabel}</span>}
        </h2>
        {title && <BindingBadge binding={title.binding} note={title.note} field="title" className="mt-1" />}
      </div>
      {title && <Notes field={title} />}

      <dl className="mt-3 divide-y divide-slate-100 dark:divide-slate-800">
        <Row label="Authors" fields={[get('authors')]}>
          {get('authors') ? <LongText text={get('authors')!.value} what="authors" className="break-words" {...(get('authors')!.fullLength ? { total: get('authors')!.fullLength! } : {})} /> : <Missing />}
        </Row>

        <Row label="arXiv" fields={[get('source')]}>
          {source && arxivRef ? (
            <span className="flex flex-wrap items-baseline gap-x-3">
              <code className="break-all">{arxivRef}</code>
              <TextLink className="inline-block py-0.5" href={arxivAbsUrl(source.id, source.version)}>
                abstract page<span className="sr-only"> of arXiv {arxivRef}</span>
              </TextLink>
              <TextLink className="inline-block py-0.5" href={arxivPdfUrl(source.id, source.version)}>
                PDF<span className="sr-only"> of arXiv {arxivRef}</span>
              </TextLink>
            </span>
          ) : (
            <Missing />
          )}
        </Row>

        <Row label="Submitted (v1)" fields={[get('submitted-at')]}>
          {submitted ? (
            <span>
              {formatUtc(submitted) ?? 'unreadable date'}{' '}
              <time dateTime={submitted} className="font-mono text-xs break-all text-slate-600 dark:text-slate-400">
                {submitted}
              </time>
            </span>
          ) : (
            <Missing />
          )}
        </Row>

        <Row label="Categories" fields={[primary, cross]}>
          {primary || (cross && cross.value.length > 0) ? (
            <ul className="flex flex-wrap gap-1.5" aria-label="arXiv categories">
              {primary && <Category code={primary.value} primary />}
              {cross?.value.map((c) => <Category key={c} code={c} />)}
            </ul>
          ) : (
            <Missing />
          )}
          {primary && cross && cross.value.length === 0 && <p className="mt-1 text-xs text-slate-500 dark:text-slate-400">No cross-list categories.</p>}
        </Row>

        <Row label="License" fields={[license]}>
          {license ? (
            (() => {
              const info = licenseInfo(license.value);
              return info.href ? <TextLink href={info.href}>{info.name}</TextLink> : <span className="break-all">{info.name}</span>;
            })()
          ) : (
            <Missing />
          )}
        </Row>

        <Row label="Abstract" fields={[abstract]}>
          {abstract ? (
            <>
              <p className="leading-relaxed break-words">
                <LongText text={abstract.value} what="abstract" {...(abstract.fullLength ? { total: abstract.fullLength } : {})} />
                {abstract.cut && <span aria-hidden="true">…</span>}
              </p>
              <p className="mt-1 text-xs text-slate-600 dark:text-slate-400" data-testid="abstract-note">
                {abstract.cut
                  ? 'Excerpt cut at 600 characters: the record holds only the start of the abstract, so its hash cannot be checked from it.'
                  : abstract.binding === 'rehash-bound'
                    ? 'Complete abstract: it re-hashes to the signed canonical record.'
                    : 'Not shown to be the complete abstract: it is not bound by its hash.'}
              </p>
            </>
          ) : (
            <Missing />
          )}
        </Row>
      </dl>
      {report.extras.length > 0 && (
        <p className="mt-3 rounded border border-slate-200 p-2 text-xs text-slate-700 dark:border-slate-700 dark:text-slate-300" data-testid="extra-data">
          <span className="font-semibold">Extra data, not checked:</span> a {report.kindLabel} does not define {report.extras.map((k, i) => (
            <span key={k}>
              {i > 0 && ', '}
              <code className="break-all">{k}</code>
            </span>
          ))}
          ; nothing in it is shown as this record’s.
        </p>
      )}
    </section>
  );
}
