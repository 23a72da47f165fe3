/**
 * "Compute a pith number": anyone can recompute a number from the paper itself (FORMAT.md §1–§3).
 * The form recomputes on every keystroke, in this browser; nothing is sent anywhere (the form is
 * kept in this page's URL, so a computation can be shared as a link and survives reload). Each field's
 * problem is shown under it, but only once the field has been touched or filled, so an empty form
 * is not a wall of red.
 */
import { useDocumentTitle } from '../ui/use-document-title';
import { BUTTON_CLASS } from '../ui/button';
import { useMemo, useState } from 'react';
import { computeRecord, type ComputeField } from '../../core/compute/compute-record';
import { readSubmittedAt } from '../../core/compute/submitted-at';
import { useDebouncedCommit } from '../ui/use-debounced-commit';
import { EMPTY_VALUES, sameValues, type ComputeValues } from './compute-search';
import { PERSISTENT_URIS_EXAMPLE } from './compute-examples';
import { ComputeResultPanel } from './compute-result';

type Values = ComputeValues;
const EMPTY = EMPTY_VALUES;

interface FieldSpec {
  readonly field: ComputeField;
  readonly label: string;
  readonly hint: string;
  readonly placeholder: string;
  readonly rows?: number;
  readonly mono?: boolean;
}

const FIELDS: readonly FieldSpec[] = [
  { field: 'title', label: 'Title', hint: 'Exactly as on arXiv, LaTeX included.', placeholder: 'Paste the title from the arXiv abstract page', rows: 2 },
  { field: 'abstract', label: 'Abstract', hint: 'The whole abstract as on arXiv, not an excerpt; LaTeX included.', placeholder: 'Paste the whole abstract from the arXiv abstract page', rows: 7 },
  { field: 'arxivId', label: 'arXiv id', hint: 'Without the version: 1704.04289 or math/0702322.', placeholder: '1704.04289', mono: true },
  { field: 'version', label: 'Version', hint: 'The arXiv version number the record is about, e.g. 2 for 1704.04289v2.', placeholder: '1', mono: true },
  { field: 'primaryCat', label: 'Primary category', hint: 'e.g. cs.LG, stat.ML, math-ph.', placeholder: 'stat.ML', mono: true },
  { field: 'crossCats', label: 'Cross-listed categories', hint: 'Separated by commas or spaces, in any order; duplicates and the primary are dropped.', placeholder: 'cs.LG', mono: true },
  { field: 'license', label: 'License', hint: "The license URL as arXiv gives it; leave empty if arXiv shows none (old papers).", placeholder: 'http://arxiv.org/licenses/nonexclusive-distrib/1.0/', mono: true },
  {
    field: 'submittedAt',
    label: 'Submitted (v1, UTC)',
    hint: 'When version 1 was submitted, even for a later version: 2017-04-13T22:17:30Z, or paste arXiv’s “[v1] Mon, 29 Feb 2016 19:03:23 UTC” or a time with an offset (+00:00).',
    placeholder: '2017-04-13T22:17:30Z',
    mono: true,
  },
];

const FIELD_LABELS = Object.fromEntries(FIELDS.map((f) => [f.field, f.label])) as Record<ComputeField, string>;

const inputClass =
  'mt-1 w-full rounded border bg-white px-2 py-1 text-sm focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-teal-600 dark:bg-slate-900';
const buttonClass = BUTTON_CLASS;

function Field({ spec, value, error, note, onChange, onBlur }: { spec: FieldSpec; value: string; error: string | null; note: string | null; onChange: (v: string) => void; onBlur: () => void }) {
  const id = `compute-${spec.field}`;
  const describedBy = `${id}-hint${error ? ` ${id}-error` : ''}${note ? ` ${id}-note` : ''}`;
  const common = {
    id,
    value,
    placeholder: spec.placeholder,
    spellCheck: false,
    'aria-invalid': error !== null,
    'aria-describedby': describedBy,
    onBlur,
    className: `${inputClass} ${spec.mono ? 'font-mono' : ''} ${error ? 'border-red-600 dark:border-red-400' : 'border-slate-300 dark:border-slate-600'}`,
  };
  return (
    <div className={spec.rows ? 'sm:col-span-2' : ''}>
      <label htmlFor={id} className="block text-sm font-medium">
        {spec.label}
      </label>
      {spec.rows ? <textarea rows={spec.rows} {...common} onChange={(e) => onChange(e.target.value)} /> : <input type="text" autoComplete="off" {...common} onChange={(e) => onChange(e.target.value)} />}
      <p id={`${id}-hint`} className="mt-0.5 text-xs text-slate-600 dark:text-slate-400">
        {spec.hint}
      </p>
      {note && !error && (
        <p id={`${id}-note`} className="mt-0.5 text-xs font-medium text-teal-800 dark:text-teal-300" data-testid={`${id}-note`}>
          <span aria-hidden="true">→ </span>
          {note.charAt(0).toUpperCase() + note.slice(1)}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="mt-0.5 text-xs font-medium text-red-700 dark:text-red-300">
          <span aria-hidden="true">✗ </span>
          {error}
        </p>
      )}
    </div>
  );
}

export interface ComputePageProps {
  /** The form as the URL holds it (a shared link, or this page before a reload). */
  initial: ComputeValues;
  /** Writes the form into the URL; called after a pause in typing, not per key. */
  onCommit: (values: ComputeValues) => void;
}

export function ComputePage({ initial, onCommit }: ComputePageProps) {
  useDocumentTitle('Compute a pith number');
  const [values, setValues] = useState<Values>(initial);
  useDebouncedCommit(values, sameValues(values, initial), onCommit);
  const dateNote = useMemo(() => {
    const r = readSubmittedAt(values.submittedAt);
    return r.ok ? r.value.note : null;
  }, [values.submittedAt]);
  const [touched, setTouched] = useState<ReadonlySet<ComputeField>>(new Set());
  const result = useMemo(() => computeRecord(values), [values]);
  const errors = useMemo(() => {
    const byField = new Map<ComputeField, string>();
    if (!result.ok) for (const e of result.errors) if (!byField.has(e.path)) byField.set(e.path, e.message.replace(`${e.path}: `, ''));
    return byField;
  }, [result]);
  const shown = (f: ComputeField) => (touched.has(f) || values[f] !== '' ? (errors.get(f) ?? null) : null);
  // The published number is compared whenever the form names the example's paper (its arXiv id and
  // version), however its fields are written: a date pasted in another form that reads the same still
  // matches, and an edited title says that it now differs.
  const isExample = values.arxivId.trim() === PERSISTENT_URIS_EXAMPLE.input.arxivId && values.version.trim() === PERSISTENT_URIS_EXAMPLE.input.version;

  return (
    <div className="mx-auto max-w-5xl space-y-8 py-8">
      <section className="space-y-3">
        <h1 className="text-3xl font-semibold tracking-tight">Compute a pith number</h1>
        <p className="text-slate-700 dark:text-slate-300">
          A pith number is the SHA-256 of a small canonical record built from the paper's arXiv metadata, so anyone can recompute it without asking pith.science. Fill in the paper's details; the record, its hash and the number are recomputed here as you type, and nothing is sent anywhere.
        </p>
        <p className="rounded border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100">
          <strong>The title and abstract must be the exact arXiv text.</strong> LaTeX is hashed as written: keep <code>{'\\`{a}'}</code> and <code>$\alpha$</code>, do not turn them into à or α. Only letter case and whitespace do not matter (both are lower-cased and collapsed, FORMAT.md §3). One changed character gives a different number.
        </p>
        <div className="flex flex-wrap gap-2">
          <button
            type="button"
            className={buttonClass}
            onClick={() => {
              setValues({ ...PERSISTENT_URIS_EXAMPLE.input });
              setTouched(new Set());
            }}
          >
            <span aria-hidden="true">↧</span> Example: {PERSISTENT_URIS_EXAMPLE.label}
          </button>
          <button
            type="button"
            className={buttonClass}
            onClick={() => {
              setValues(EMPTY);
              setTouched(new Set());
            }}
          >
            <span aria-hidden="true">⌫</span> Clear
          </button>
        </div>
      </section>
      <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]">
        <form aria-label="Paper details" className="grid content-start gap-4 sm:grid-cols-2" onSubmit={(e) => e.preventDefault()} noValidate>
          {FIELDS.map((spec) => (
            <Field
              key={spec.field}
              spec={spec}
              value={values[spec.field]}
              error={shown(spec.field)}
              note={spec.field === 'submittedAt' ? dateNote : null}
              onChange={(v) => setValues((old) => ({ ...old, [spec.field]: v }))}
              onBlur={() => setTouched((old) => (old.has(spec.field) ? old : new Set([...old, spec.field])))}
            />
          ))}
        </form>
        <ComputeResultPanel result={result} expectedPithNumber={isExample ? PERSISTENT_URIS_EXAMPLE.expectedPithNumber : null} fieldLabels={FIELD_LABELS} />
      </div>
    </div>
  );
}
