/**
 * Opens a self-verifying link: decodes the fragment (with a cap on how much it may inflate to) and
 * verifies it here; no server is asked. A link holds one record: a link that decodes to several
 * documents is refused as a whole, never judged by its first one.
 */
import { useDocumentTitle } from '../ui/use-document-title';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { keyringCacheKey } from '../../core/key-text';
import type { UserKeySpec } from '../../core/user-keys';
import { decodeShare } from '../share/share-codec';
import { useSettings } from '../settings/settings-store';
import { verifyDocumentText } from '../verification/verify-client';
import { RecordView } from './record-view';

function sharedQuery(fragment: string, userKeys: readonly UserKeySpec[]) {
  return queryOptions({
    queryKey: ['shared', fragment, keyringCacheKey(userKeys)],
    queryFn: async () => {
      const decoded = await decodeShare(fragment);
      if (!decoded.ok) return { error: decoded.message } as const;
      const entries = await verifyDocumentText(decoded.text, userKeys);
      if (entries.length > 1) {
        return { error: `This share link holds ${entries.length} documents, but a share link carries exactly one record, so none of them is shown as its verdict. Save its contents as a file and drop it to verify them as a batch.` } as const;
      }
      const [entry] = entries;
      if (!entry?.report) return { error: entry?.error?.message ?? 'The link holds no record.' } as const;
      return { text: decoded.text, report: entry.report } as const;
    },
    staleTime: Infinity,
    retry: false,
  });
}

export function SharedRecordPage({ fragment }: { fragment: string }) {
  const { userKeys } = useSettings();
  const q = useQuery(sharedQuery(fragment, userKeys));
  useDocumentTitle(q.isPending ? 'Verifying a shared record…' : q.isError || 'error' in q.data ? 'Share link cannot be opened' : null);
  if (q.isPending) return <p className="py-8" aria-busy="true">Verifying the shared record…</p>;
  if (q.isError || 'error' in q.data) {
    return (
      <div className="mx-auto max-w-3xl space-y-3 py-8">
        <h1 className="text-2xl font-semibold">This share link cannot be opened</h1>
        <p role="alert" data-testid="share-error">
          {q.isError ? String(q.error) : q.data.error}
        </p>
      </div>
    );
  }
  return <RecordView text={q.data.text} report={q.data.report} origin={{ type: 'link' }} />;
}
