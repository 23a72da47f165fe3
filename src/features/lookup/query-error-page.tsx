import { useMarkPageSettled } from '../verification/page-settled';
import { useDocumentTitle } from '../ui/use-document-title';
import { SearchBox } from './search-box';

/** Shown for a deep link or ?q= that cannot be read: what is wrong, and a box to fix it. */
export function QueryErrorPage({ input, message }: { input: string; message: string }) {
  useDocumentTitle('Could not read that');
  useMarkPageSettled();
  return (
    <div className="mx-auto max-w-3xl space-y-4 py-8">
      <h1 className="text-2xl font-semibold">Could not read that</h1>
      <p role="alert" className="rounded-lg border border-red-300 bg-red-50 p-3 text-sm text-red-900 [overflow-wrap:anywhere] dark:border-red-700 dark:bg-red-950 dark:text-red-100" data-testid="query-error">
        {message}
      </p>
      <SearchBox initial={input} autoFocus suggestInitial />
    </div>
  );
}
