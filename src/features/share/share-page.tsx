/** Opens a self-verifying link: decodes the fragment and verifies it here; no server is asked. */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { RecordView } from '../record/record-view';
import { useSettings } from '../settings/settings-store';
import { verifyInWorker } from '../verification/verify-client';
import type { UserKeySpec } from '../../core/user-keys';
import { decodeShare } from './share-codec';

function sharedQuery(fragment: string, userKeys: readonly UserKeySpec[]) {
  return queryOptions({
    queryKey: ['shared', fragment, userKeys.map((k) => k.keyId)],
    queryFn: async () => {
      const decoded = await decodeShare(fragment);
      if (!decoded.ok) return { error: decoded.message } as const;
      const [entry] = await verifyInWorker(decoded.text, userKeys);
      if (!entry?.report) return { error: entry?.error?.message ?? 'The link holds no record.' } as const;
      return { text: decoded.text, report: entry.report } as const;
    },
    staleTime: Infinity,
    retry: false,
  });
}

export function SharePage({ fragment }: { fragment: string }) {
  const { userKeys } = useSettings();
  const q = useQuery(sharedQuery(fragment, userKeys));
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
