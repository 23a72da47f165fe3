import { percentEncodingProblem } from '../../core/query/percent-encoding';
import { useMarkPageSettled } from '../verification/page-settled';
import { useDocumentTitle } from '../ui/use-document-title';
import { SearchBox } from './search-box';

/** A link's text that does not decode, said by this page's chunk rather than the router's. */
export interface BadEncoding {
  readonly encoded: string;
  readonly where: string;
  readonly form: 'query' | 'path';
}

/** Shown for a deep link or ?q= that cannot be read: what is wrong (`message`, or what `encoding` holds), and a box to fix it. */
export function QueryErrorPage({ input, message, encoding }: { input: string; message?: string; encoding?: BadEncoding }) {
  const said = encoding ? (percentEncodingProblem(encoding.encoded, encoding.where, encoding.form) ?? `The ${encoding.where} of this link could not be read.`) : (message ?? '');
  useDocumentTitle('Could not read that');
  useMarkPageSettled();
  return (
    <div className="mx-auto max-w-3xl space-y-4 py-8">
      <h1 className="text-2xl font-semibold">Could not read that</h1>
      <p role="alert" className="rounded-lg border border-red-300 bg-red-50 p-3 text-sm text-red-900 [overflow-wrap:anywhere] dark:border-red-700 dark:bg-red-950 dark:text-red-100" data-testid="query-error">
        {said}
      </p>
      <SearchBox initial={input} autoFocus suggestInitial />
    </div>
  );
}
