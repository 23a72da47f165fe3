/**
 * The fields that differ between two copies of a record, as the core's diffDocuments found them,
 * each saying whether the difference touches what the number stands for or only unsigned live data.
 */
import type { DiffCoverage, DiffEntry } from '../../core/diff/diff-documents';
import { plural } from '../ui/plural';

const COVERAGE_TEXT: Record<DiffCoverage, string> = {
  'hash-bound': 'hash-bound: changes what the number stands for',
  signed: 'signed: the signature or the digest it covers',
  'rehash-bound': 'bound by re-hash (title/abstract)',
  'receipt-field': 'beside the signature, not covered by it (key id, times, versions)',
  unsigned: 'unsigned live data: may legitimately differ',
};

/** Differences that matter: in the canonical record, the claims, the signature, or a re-hashed field. */
export const isSerious = (d: DiffEntry) => d.coverage !== 'unsigned' && d.coverage !== 'receipt-field';

export function DiffTable({ differences, leftName, rightName }: { differences: readonly DiffEntry[]; leftName: string; rightName: string }) {
  const serious = differences.filter(isSerious).length;
  if (differences.length === 0) return <p className="text-sm text-emerald-800 dark:text-emerald-300" data-testid="compare-result">✓ Identical to {leftName}, field for field.</p>;
  return (
    <div className="space-y-2" data-testid="compare-result">
      <p className="text-sm">
        {plural(differences.length, 'field')} {differences.length === 1 ? 'differs' : 'differ'} from {leftName}; <strong>{serious === 0 ? 'none' : serious === differences.length && differences.length > 1 ? `all ${serious}` : serious}</strong> in signed or hashed data.
      </p>
      <div className="max-h-96 overflow-auto">
        <table className="w-full text-left text-xs">
          <thead>
            <tr>
              <th className="p-1">Field</th>
              <th className="p-1">{leftName}</th>
              <th className="p-1">{rightName}</th>
              <th className="p-1">Matters?</th>
            </tr>
          </thead>
          <tbody>
            {differences.map((d) => (
              <tr key={d.path} data-diff-coverage={d.coverage} className={isSerious(d) ? 'bg-red-50 dark:bg-red-950' : ''}>
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
