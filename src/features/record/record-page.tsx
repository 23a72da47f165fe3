/**
 * A record looked up through the mirrors: loading skeleton, a precise error
 * (not found / network / hostile mirror), or the record view.
 */
import { useDocumentTitle } from '../ui/use-document-title';
import { Button } from '../ui/button';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { Query } from '../../core/query/parse-query';
import { NearMissList } from '../lookup/near-miss-list';
import { AttemptsList } from '../mirrors/attempts-list';
import { recordQuery } from '../mirrors/mirror-queries';
import { ResolveError } from '../../core/mirrors/resolve-record';
import { useSettings } from '../settings/settings-store';
import { RecordView } from './record-view';
import { useMarkPageSettled } from '../verification/page-settled';
import { useOnline } from '../offline/service-worker-status';
import { useCallback, useEffect } from 'react';

function Skeleton({ what }: { what: string }) {
  return (
    <div className="animate-pulse space-y-4 py-8" aria-busy="true" aria-live="polite">
      <p className="sr-only">Looking up {what} and verifying it…</p>
      <div className="h-8 w-2/3 rounded bg-slate-200 dark:bg-slate-800" />
      <div className="h-4 w-1/3 rounded bg-slate-200 dark:bg-slate-800" />
      <div className="grid gap-4 md:grid-cols-2">
        <div className="h-64 rounded bg-slate-200 dark:bg-slate-800" />
        <div className="h-64 rounded bg-slate-200 dark:bg-slate-800" />
      </div>
      <p className="text-sm text-slate-500 dark:text-slate-400" aria-hidden="true">
        Looking up {what}…
      </p>
    </div>
  );
}

const ERROR_TITLE: Record<ResolveError['kind'], string> = {
  'not-found': 'Not found in any mirror',
  network: 'No mirror could be reached',
  offline: 'Offline: this record needs a remote mirror',
  'wrong-record': 'A mirror served the wrong record',
};

const ERROR_TAB_TITLE: Record<ResolveError['kind'], string> = {
  'not-found': 'Not found',
  network: 'Unreachable',
  offline: 'Offline',
  'wrong-record': 'Wrong record',
};

function ResolveErrorView({ error: e, kind, query, onRetry }: { error: Error; kind: ResolveError['kind']; query: Query; onRetry: () => void }) {
  useMarkPageSettled();
  // Offline is a state of the moment: when the network is back, the lookup is made again.
  const online = useOnline();
  useEffect(() => {
    if (kind === 'offline' && online) onRetry();
  }, [kind, online, onRetry]);
  return (
    <div className="mx-auto max-w-3xl space-y-4 py-8" data-testid="resolve-error" data-error-kind={kind}>
      <h1 className="text-2xl font-semibold">{ERROR_TITLE[kind]}</h1>
      <p role="alert" className="text-slate-700 dark:text-slate-300">
        {e.message} {kind === 'not-found' ? 'This says nothing about whether such a record is valid: no mirror had it.' : ''}
      </p>
      {kind === 'not-found' && query.type === 'pith' && <NearMissList text={query.pith.year ? `pith:${query.pith.year}:${query.pith.suffix}` : query.pith.suffix} />}
      {e instanceof ResolveError && <AttemptsList attempts={e.attempts} />}
      <Button onClick={onRetry}>Try again</Button>
    </div>
  );
}

export function RecordPage({ query }: { query: Query }) {
  const { mirrors, userKeys } = useSettings();
  const client = useQueryClient();
  const result = useQuery(recordQuery(query, mirrors, userKeys, client));
  const { refetch } = result;
  const retry = useCallback(() => void refetch(), [refetch]);

  const errorKind = result.error instanceof ResolveError ? result.error.kind : 'network';
  useDocumentTitle(result.isPending ? `Looking up ${query.understood}` : result.isError ? `${ERROR_TAB_TITLE[errorKind]}: ${query.understood}` : null);
  if (result.isPending) return <Skeleton what={query.understood} />;
  if (result.isError) {
    const e = result.error;
    return <ResolveErrorView error={e} kind={errorKind} query={query} onRetry={retry} />;
  }
  const r = result.data;
  return (
    <RecordView
      text={r.text}
      report={r.report}
      mismatches={r.mismatches}
      origin={{ type: 'mirror', mirrorName: r.mirror.name, url: r.url, attempts: r.attempts, note: r.note, understood: query.understood }}
    />
  );
}
