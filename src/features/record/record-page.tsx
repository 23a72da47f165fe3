/**
 * A record looked up through the mirrors: loading skeleton, a precise error
 * (not found / network / hostile mirror), or the record view.
 */
import { useDocumentTitle } from '../ui/use-document-title';
import { Button } from '../ui/button';
import { ChunkFailed, isChunkLoadError } from '../ui/chunk-boundary';
import { TextLink } from '../ui/text-link';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { Query } from '../../core/query/parse-query';
import { NearMissList } from '../lookup/near-miss-list';
import { AttemptsList } from '../mirrors/attempts-list';
import { recordQuery } from '../mirrors/record-query';
import { PITH_SCIENCE_MIRROR } from '../../core/mirrors/mirror-config';
import { ResolveError, type Attempt } from '../../core/mirrors/resolve-record';
import { useSettings } from '../settings/settings-store';
import { RecordView } from './record-view';
import { useMarkPageSettled } from '../verification/page-settled';
import { useOnline } from '../offline/service-worker-status';
import { useCallback, useEffect, useLayoutEffect } from 'react';
import { removeFirstVerdict } from './first-verdict-hold';

function Skeleton({ what }: { what: string }) {
  // A deep link's "Looking up…" drawn before React (first-verdict.ts) gives way to this one.
  useLayoutEffect(removeFirstVerdict, []);
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
  'no-mirrors': 'No mirror is enabled',
  network: 'No mirror could be reached',
  offline: 'Offline: this record needs a remote mirror',
  'wrong-record': 'A mirror served the wrong record',
  ambiguous: 'More than one record has this prefix',
};

const ERROR_TAB_TITLE: Record<ResolveError['kind'], string> = {
  'not-found': 'Not found',
  'no-mirrors': 'No mirror enabled',
  network: 'Unreachable',
  offline: 'Offline',
  'wrong-record': 'Wrong record',
  ambiguous: 'Ambiguous',
};

/**
 * When pith.science did not answer this browser (issue 11): down, or not allowing other sites to
 * read its records (CORS), which a browser enforces and hides behind the same error. The two ways
 * out: its own page, whose JSON can be dropped here, or a mirror that allows it.
 */
function WaysOut({ attempts, query }: { attempts: readonly Attempt[]; query: Query }) {
  if (!attempts.some((a) => a.mirrorId === PITH_SCIENCE_MIRROR.id && a.outcome === 'unreachable')) return null;
  const suffix = query.type === 'pith' && query.pith.suffix.length === 26 ? query.pith.suffix : null;
  return (
    <div className="space-y-2 rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100" data-testid="ways-out">
      <p>
        <strong>pith.science did not answer this browser.</strong> It may be down, or it may not let other sites read its records (CORS): a browser enforces that, and gives this app the same error either way. Two ways out:
      </p>
      <ol className="list-decimal space-y-1 pl-5">
        <li>
          {suffix ? (
            <>
              Open the record <TextLink href={`https://pith.science/pith/${suffix}`}>on pith.science</TextLink>, save its JSON (<TextLink href={`https://pith.science/pith/${suffix}.json`}>{suffix}.json</TextLink>) and drop the file on this page: it is verified here the same way, and nothing is sent anywhere.
            </>
          ) : (
            <>Find the record on pith.science, save its JSON and drop the file on this page: it is verified here the same way, and nothing is sent anywhere.</>
          )}
        </li>
        <li>
          Use a mirror that allows it: <TextLink href="/settings">add one in Settings</TextLink> (any static host that sends <code>Access-Control-Allow-Origin</code>; docs/MIRROR-FORMAT.md).
        </li>
      </ol>
    </div>
  );
}

/** The records a short prefix names when several do: each one a link, to pick from. */
function SharedPrefix({ shared }: { shared: readonly string[] }) {
  if (shared.length === 0) return null;
  return (
    <ul className="space-y-1 font-mono text-sm" aria-label="Records with this prefix" data-testid="shared-prefix">
      {shared.map((suffix) => (
        <li key={suffix}>
          <TextLink href={`/pith/${suffix}`}>{suffix}</TextLink>
        </li>
      ))}
    </ul>
  );
}

function ResolveErrorView({ error: e, kind, query, onRetry }: { error: Error; kind: ResolveError['kind']; query: Query; onRetry: () => void }) {
  useMarkPageSettled();
  // Offline is a state of the moment: when the network is back, the lookup is made again.
  const online = useOnline();
  useEffect(() => {
    if (kind === 'offline' && online) onRetry();
  }, [kind, online, onRetry]);
  // Some mirrors could not be asked: "not found" is said of those that answered only (the core counts them).
  const partial = kind === 'not-found' && e instanceof ResolveError && e.unanswered > 0;
  return (
    <div className="mx-auto max-w-3xl space-y-4 py-8" data-testid="resolve-error" data-error-kind={kind}>
      <h1 className="text-2xl font-semibold">{partial ? 'Not found on the mirrors that answered' : ERROR_TITLE[kind]}</h1>
      <p role="alert" className="text-slate-700 dark:text-slate-300">
        {e.message} {kind === 'not-found' ? `This says nothing about whether such a record is valid: ${partial ? 'none of the mirrors that answered' : 'no mirror'} had it.` : ''}
      </p>
      {e instanceof ResolveError && <SharedPrefix shared={e.shared} />}
      {kind === 'not-found' && query.type === 'pith' && <NearMissList text={query.pith.year ? `pith:${query.pith.year}:${query.pith.suffix}` : query.pith.suffix} />}
      {e instanceof ResolveError && <WaysOut attempts={e.attempts} query={query} />}
      {e instanceof ResolveError && <AttemptsList attempts={e.attempts} />}
      <Button onClick={onRetry}>Try again</Button>
    </div>
  );
}

function ChunkLoadFailed() {
  useMarkPageSettled();
  return (
    <div className="mx-auto max-w-3xl py-8" data-testid="resolve-error" data-error-kind="chunk">
      <ChunkFailed what="The verifier" />
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
  // The verifier's own code did not load: that is no mirror's fault, and only a reload recovers.
  const notLoaded = result.isError && isChunkLoadError(result.error);
  useDocumentTitle(result.isPending ? `Looking up ${query.understood}` : result.isError ? `${notLoaded ? 'Not loaded' : ERROR_TAB_TITLE[errorKind]}: ${query.understood}` : null);
  if (result.isPending) return <Skeleton what={query.understood} />;
  if (result.isError) return notLoaded ? <ChunkLoadFailed /> : <ResolveErrorView error={result.error} kind={errorKind} query={query} onRetry={retry} />;
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
