/**
 * A record read from a dropped or pasted file: the same view as a fetched record, labelled "from
 * file …, not fetched". It is verified again (with detail) where its text is kept: on the page for one
 * small paste or drop (page-entries.ts), else in the batch worker that holds it, so a large
 * document's text never has to cross to the page. After a reload it is gone (said
 * plainly, nothing stored).
 */
import { useDocumentTitle } from '../ui/use-document-title';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { AppLink } from '../ui/app-link';
import { keyringCacheKey } from '../../core/key-text';
import type { UserKeySpec } from '../../core/user-keys';
import { currentRun } from '../batch/batch-store';
import type { BatchRow } from '../batch/batch-types';
import { UnreadableFile } from '../batch/unreadable-file';
import { getPool } from '../batch/worker-pool';
import { isPageEntry, openPageEntry } from '../batch/page-entries';
import { TextLink } from '../ui/text-link';
import { useSettings } from '../settings/settings-store';
import { RecordView } from './record-view';

function fileRecordQuery(id: string, userKeys: readonly UserKeySpec[]) {
  return queryOptions({
    queryKey: ['file-record', id, keyringCacheKey(userKeys)],
    // One small paste or drop was verified on the page (page-entries.ts); a batch row lives in its worker.
    queryFn: () => (isPageEntry(id) ? openPageEntry(id, userKeys) : getPool().open(id, userKeys)),
    staleTime: Infinity,
    retry: false,
  });
}

export function FileRecordPage({ id }: { id: string }) {
  const { userKeys } = useSettings();
  const q = useQuery(fileRecordQuery(id, userKeys));
  const d0 = q.data;
  useDocumentTitle(q.isPending ? 'Verifying a file…' : d0?.report ? null : d0 ? `Not a record: ${d0.file}` : 'File no longer here');
  if (q.isPending) return <p className="py-8" aria-busy="true">Verifying…</p>;
  if (q.isError || !q.data) {
    return (
      <div className="mx-auto max-w-3xl space-y-3 py-8" data-testid="file-gone">
        <h1 className="text-2xl font-semibold">That file is no longer here</h1>
        <p>Dropped and pasted data is kept only in this tab's memory, never stored or sent, so it is gone after a reload. Drop the file again, or use Share to make a link that carries the record.</p>
        <AppLink href="/" className="text-teal-800 underline dark:text-teal-300">
          Back to the start
        </AppLink>
      </div>
    );
  }
  const d = q.data;
  if (!d.report) {
    // The row knows why (its error code); the worker's copy, only the message.
    const code: BatchRow['errorCode'] = 'errorCode' in d ? (d.errorCode as BatchRow['errorCode']) : (currentRun()?.getSnapshot().rows.find((r) => r.id === id)?.errorCode ?? null);
    const name = d.index === null ? d.file : `${d.file} #${d.index}`;
    return (
      <UnreadableFile
        name={name}
        code={code}
        message={d.error ?? 'This entry could not be read.'}
        actions={
          <p className="flex flex-wrap gap-4 text-sm">
            <TextLink href="/">Try another file or paste</TextLink>
            {currentRun() && (currentRun()!.getSnapshot().rows.length > 1 || currentRun()!.getSnapshot().files > 1) && <TextLink href="/batch">Back to the batch</TextLink>}
          </p>
        }
      />
    );
  }
  return <RecordView text={d.text} download={d.blob} document={d.document} report={d.report} origin={{ type: 'file', name: d.file, index: d.index }} />;
}
