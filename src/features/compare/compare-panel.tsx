/**
 * "Compare with mirror copy" for a record from a file: fetched only when the
 * user asks (it needs the network), then a field-by-field diff that says
 * whether each difference is in signed/hashed data or unsigned live data.
 */
import { Button } from '../ui/button';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { diffDocuments, type DiffCoverage } from '../../core/diff/diff-documents';
import { parseJson } from '../../core/json/parse-json';
import { parsePithNumber } from '../../core/pith/pith-number';
import { recordQuery } from '../mirrors/mirror-queries';
import { useSettings } from '../settings/settings-store';
import { plural } from '../ui/plural';

const COVERAGE_TEXT: Record<DiffCoverage, string> = {
  'hash-bound': 'hash-bound: changes what the number stands for',
  signed: 'signed: the signature or the digest it covers',
  'rehash-bound': 'bound by re-hash (title/abstract)',
  'receipt-field': 'beside the signature, not covered by it (key id, times, versions)',
  unsigned: 'unsigned live data: may legitimately differ',
};

function Diff({ fileText, mirrorText, mirrorName }: { fileText: string; mirrorText: string; mirrorName: string }) {
  const a = parseJson(fileText);
  const b = parseJson(mirrorText);
  if (!a.ok || !b.ok) return <p className="text-sm">One of the copies is not valid JSON.</p>;
  const diff = diffDocuments(a.value, b.value);
  const serious = diff.filter((d) => d.coverage !== 'unsigned' && d.coverage !== 'receipt-field').length;
  if (diff.length === 0) return <p className="text-sm text-emerald-800 dark:text-emerald-300" data-testid="compare-result">✓ Identical to the copy from {mirrorName}, field for field.</p>;
  return (
    <div className="space-y-2" data-testid="compare-result">
      <p className="text-sm">
        {plural(diff.length, 'field')} {diff.length === 1 ? 'differs' : 'differ'} from {mirrorName}'s copy; <strong>{serious === 0 ? 'none' : serious === diff.length && diff.length > 1 ? `all ${serious}` : serious}</strong> in signed or hashed data.
      </p>
      <div className="max-h-96 overflow-auto">
        <table className="w-full text-left text-xs">
          <thead>
            <tr>
              <th className="p-1">Field</th>
              <th className="p-1">This file</th>
              <th className="p-1">Mirror</th>
              <th className="p-1">Matters?</th>
            </tr>
          </thead>
          <tbody>
            {diff.map((d) => (
              <tr key={d.path} data-diff-coverage={d.coverage} className={d.coverage === 'unsigned' || d.coverage === 'receipt-field' ? '' : 'bg-red-50 dark:bg-red-950'}>
                <td className="p-1 font-mono break-all">{d.path}</td>
                <td className="p-1 font-mono break-all">{d.left ?? <em>absent</em>}</td>
                <td className="p-1 font-mono break-all">{d.right ?? <em>absent</em>}</td>
                <td className="p-1">{COVERAGE_TEXT[d.coverage]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

export function ComparePanel({ text, pithNumber }: { text: string; pithNumber: string | null }) {
  const [asked, setAsked] = useState(false);
  const { mirrors, userKeys } = useSettings();
  const client = useQueryClient();
  const parsed = pithNumber ? parsePithNumber(pithNumber) : null;
  const query = parsed?.ok ? ({ type: 'pith', pith: parsed.value, understood: `pith number ${parsed.value.suffix}` } as const) : null;
  const result = useQuery({ ...recordQuery(query ?? { type: 'pith', pith: { year: null, suffix: '' }, understood: '' }, mirrors, userKeys, client), enabled: asked && query !== null });
  if (!query) return null;
  return (
    <section aria-labelledby="compare-heading" className="space-y-2">
      <h2 id="compare-heading" className="text-lg font-semibold">
        Compare with a mirror's copy
      </h2>
      {!asked ? (
        <Button onClick={() => setAsked(true)}>
          Compare with mirror copy <span className="text-xs text-slate-500 dark:text-slate-400">(needs network: asks the mirrors for {pithNumber})</span>
        </Button>
      ) : result.isPending ? (
        <p className="text-sm" aria-busy="true">
          Asking the mirrors…
        </p>
      ) : result.isError ? (
        <p className="text-sm">No mirror has a copy to compare with: {result.error.message}</p>
      ) : (
        <Diff fileText={text} mirrorText={result.data.text} mirrorName={result.data.mirror.name} />
      )}
    </section>
  );
}
