/**
 * The paper above the fold (docs/UX.md, arXiv / Semantic Scholar): title,
 * authors, arXiv id and links, date, categories, license, abstract. Every
 * field carries how it is bound to the number, so unsigned text never passes
 * for verified text.
 */
import { useId, useMemo, type ReactNode } from 'react';
import type { VerifyReport } from '../../core/verify/verify-document';
import { BindingBadge } from '../ui/binding-badge';
import { categoryName, licenseInfo } from './arxiv-names';
import { childLabels, metadataBinding, siblingLabels, textBinding, weakest, type FieldBinding } from './field-bindings';
import { arxivAbsUrl, arxivPdfUrl } from './identifiers';
import { formatUtc } from './format-time';
import { EXCERPT_LIMIT, isCutExcerpt, readRecord, type ProvenanceView } from './read-record';

export interface PaperPanelProps {
  doc: unknown;
  /** This browser's verification of `doc`; without it nothing is bound by re-hash yet. */
  report?: VerifyReport | null;
  /** Show `pith_explorer_provenance` (a built copy's note) at the top; off when the page shows it elsewhere. */
  showProvenance?: boolean;
}

const LINK = 'text-teal-700 underline decoration-teal-700/40 underline-offset-2 hover:decoration-teal-700 dark:text-teal-300 dark:decoration-teal-300/40';

function Missing() {
  return <span className="text-slate-500 italic dark:text-slate-400">not in this record</span>;
}

function Note({ children }: { children: ReactNode }) {
  return (
    <p className="mt-1 text-xs text-amber-900 dark:text-amber-200">
      <span aria-hidden="true">! </span>
      <span className="font-semibold">Mismatch:</span> {children}
    </p>
  );
}

function Field({ label, bound, children }: { label: string; bound: FieldBinding | null; children: ReactNode }) {
  return (
    <div className="grid gap-1 py-2 sm:grid-cols-[9rem_1fr] sm:gap-3">
      <dt className="text-sm font-medium text-slate-600 dark:text-slate-400">{label}</dt>
      <dd className="min-w-0 text-sm">
        <div className="flex flex-wrap items-baseline gap-x-2 gap-y-1">
          <div className="min-w-0">{children}</div>
          {bound && <BindingBadge binding={bound.binding} />}
        </div>
        {bound?.note && <Note>{bound.note}</Note>}
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

function Provenance({ p }: { p: ProvenanceView }) {
  return (
    <aside aria-label="Where this record came from" className="mb-4 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100">
      <p>
        <span aria-hidden="true">ⓘ </span>
        <span className="font-semibold">{p.built ? 'Built copy, not served by pith.science.' : 'Provenance note.'}</span> {p.note}
      </p>
      {p.missing.length > 0 && <p className="mt-1">Missing here: {p.missing.join(', ')}.</p>}
      {p.sourceUrl && /^https?:\/\//i.test(p.sourceUrl) && (
        <p className="mt-1">
          Original: <a className={LINK} href={p.sourceUrl} rel="noreferrer">{p.sourceUrl}</a>
        </p>
      )}
    </aside>
  );
}

export function PaperPanel({ doc, report, showProvenance = false }: PaperPanelProps) {
  const v = useMemo(() => readRecord(doc), [doc]);
  const titleId = useId();
  const titleBound = textBinding(v.title, 'title-hash', report);
  const abstractBound = textBinding(v.abstractExcerpt, 'abstract-hash', report);
  const meta = (path: string | undefined, keys: string[]) => (path ? metadataBinding(path, siblingLabels(path, keys), report) : null);
  const sourceBound = v.source ? metadataBinding(v.source.path, childLabels(v.source.path, ['id', 'version']), report) : null;
  const primaryBound = meta(v.primaryCat?.path, ['primary_cat']);
  const crossBound = meta(v.crossCats?.path, [v.crossCats?.path.endsWith('cross_cats_sorted') ? 'cross_cats_sorted' : 'cross_cats']);
  const catsBound = primaryBound || crossBound ? weakest(...[primaryBound, crossBound].filter((b): b is FieldBinding => b !== null)) : null;
  const src = v.source?.value;
  const arxivRef = src ? `${src.id}${src.version !== null ? `v${src.version}` : ''}` : null;
  const submitted = v.submittedAt?.value;
  const license = v.license ? licenseInfo(v.license.value) : null;
  const abstract = v.abstractExcerpt?.value;

  return (
    <section aria-labelledby={titleId} className="rounded-xl border border-slate-200 bg-white p-4 text-slate-900 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100">
      {showProvenance && v.provenance && <Provenance p={v.provenance} />}
      <div className="flex flex-wrap items-start gap-x-3 gap-y-1">
        <h2 id={titleId} className="min-w-0 text-xl leading-snug font-semibold break-words">
          {v.title?.value ?? <span className="text-slate-500 italic dark:text-slate-400">Title not in this record</span>}
        </h2>
        {v.title && <BindingBadge binding={titleBound.binding} className="mt-1" />}
      </div>
      {v.title && titleBound.binding === 'rehash-failed' && titleBound.note && <Note>{titleBound.note}</Note>}

      <dl className="mt-3 divide-y divide-slate-100 dark:divide-slate-800">
        <Field label="Authors" bound={v.authorsText ? { binding: 'unsigned' } : null}>
          {v.authorsText ? <span className="break-words">{v.authorsText.value}</span> : <Missing />}
        </Field>

        <Field label="arXiv" bound={sourceBound}>
          {src && arxivRef ? (
            <span className="flex flex-wrap items-baseline gap-x-3">
              <code>{arxivRef}</code>
              <a className={LINK} href={arxivAbsUrl(src.id, src.version)} rel="noreferrer">
                abstract page<span className="sr-only"> of arXiv {arxivRef}</span>
              </a>
              <a className={LINK} href={arxivPdfUrl(src.id, src.version)} rel="noreferrer">
                PDF<span className="sr-only"> of arXiv {arxivRef}</span>
              </a>
              {src.version === null && <span className="text-xs text-slate-500 dark:text-slate-400">(version not in this record)</span>}
            </span>
          ) : (
            <Missing />
          )}
        </Field>

        <Field label="Submitted (v1)" bound={v.submittedAt ? meta(v.submittedAt.path, ['submitted_at']) : null}>
          {submitted ? (
            <span>
              {formatUtc(submitted) ?? 'unreadable date'}{' '}
              <time dateTime={submitted} className="font-mono text-xs text-slate-600 dark:text-slate-400">
                {submitted}
              </time>
            </span>
          ) : (
            <Missing />
          )}
        </Field>

        <Field label="Categories" bound={catsBound}>
          {v.primaryCat || (v.crossCats && v.crossCats.value.length > 0) ? (
            <ul className="flex flex-wrap gap-1.5" aria-label="arXiv categories">
              {v.primaryCat && <Category code={v.primaryCat.value} primary />}
              {v.crossCats?.value.map((c) => <Category key={c} code={c} />)}
            </ul>
          ) : (
            <Missing />
          )}
          {v.primaryCat && v.crossCats && v.crossCats.value.length === 0 && <p className="mt-1 text-xs text-slate-500 dark:text-slate-400">No cross-list categories.</p>}
        </Field>

        <Field label="License" bound={v.license ? meta(v.license.path, ['license']) : null}>
          {license ? (
            license.href ? (
              <a className={LINK} href={license.href} rel="noreferrer">
                {license.name}
              </a>
            ) : (
              <span>{license.name}</span>
            )
          ) : (
            <Missing />
          )}
        </Field>

        <Field label="Abstract" bound={v.abstractExcerpt ? abstractBound : null}>
          {abstract ? (
            <>
              <p className="leading-relaxed break-words">
                {abstract}
                {isCutExcerpt(abstract) && <span aria-hidden="true">…</span>}
              </p>
              <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">
                {isCutExcerpt(abstract)
                  ? `Excerpt cut at ${EXCERPT_LIMIT} characters: the record holds only the start of the abstract, so its hash cannot be checked from it.`
                  : 'Complete abstract.'}
              </p>
            </>
          ) : (
            <Missing />
          )}
        </Field>
      </dl>
    </section>
  );
}
