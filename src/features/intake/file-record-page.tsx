/**
 * A record read from a dropped or pasted file: the same view as a fetched
 * record, labelled "from file …, not fetched". Its text lives only in this
 * tab's workers, so after a reload it is gone (said plainly, nothing stored).
 */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { getPool } from '../batch/worker-pool';
import { RecordView } from '../record/record-view';
import { useSettings } from '../settings/settings-store';
import { verifyInWorker } from '../verification/verify-client';
import type { UserKeySpec } from '../../core/user-keys';

function fileRecordQuery(id: string, userKeys: readonly UserKeySpec[]) {
  return queryOptions({
    queryKey: ['file-record', id, userKeys.map((k) => k.keyId)],
    queryFn: async () => {
      const kept = await getPool().source(id);
      if (!kept) return null;
      const [entry] = await verifyInWorker(kept.text, userKeys);
      return { text: kept.text, file: kept.file, index: kept.index, report: entry?.report ?? null, error: entry?.error ?? null };
    },
    staleTime: Infinity,
    retry: false,
  });
}

export function FileRecordPage({ id }: { id: string }) {
  const { userKeys } = useSettings();
  const q = useQuery(fileRecordQuery(id, userKeys));
  if (q.isPending) return <p className="py-8" aria-busy="true">Verifying…</p>;
  if (q.isError || !q.data) {
    return (
      <div className="mx-auto max-w-3xl space-y-3 py-8" data-testid="file-gone">
        <h1 className="text-2xl font-semibold">That file is no longer here</h1>
        <p>Dropped and pasted data is kept only in this tab's memory, never stored or sent, so it is gone after a reload. Drop the file again, or use Share to make a link that carries the record.</p>
        <Link to="/" className="text-teal-800 underline dark:text-teal-300">
          Back to the start
        </Link>
      </div>
    );
  }
  const d = q.data;
  if (!d.report) return <p className="py-8">{d.error?.message ?? 'This entry could not be read.'}</p>;
  return <RecordView text={d.text} report={d.report} origin={{ type: 'file', name: d.file, index: d.index }} />;
}
