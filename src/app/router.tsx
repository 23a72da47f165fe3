/**
 * Routes (TanStack Router, typed): /pith/<any pith form>, /arxiv/<id>, /doi/<doi>,
 * /?q=<anything typed>, /settings. Every record view is a deep link that
 * survives reload, back/forward and sharing.
 */
import { createRootRoute, createRoute, createRouter, useRouterState } from '@tanstack/react-router';
import { parseQuery } from '../core/query/parse-query';
import { HomePage } from '../features/home/home-page';
import { QueryErrorPage } from '../features/lookup/query-error-page';
import { RecordPage } from '../features/record/record-page';
import { searchOfView, viewFromSearch, type BatchView } from '../features/batch/batch-view';
import { useCallback, useMemo } from 'react';
import { IntakePanel } from '../features/intake/intake-panel';
import { searchOfValues, valuesFromSearch, type ComputeValues } from '../features/compute/compute-search';
import { NotFoundPage, RootLayout } from './root-layout';
import { ChunkFailed } from '../features/ui/chunk-boundary';
import { FileRecordPage } from '../features/record/file-record-page';
import { BatchPage, ComputePage, SettingsPage, SharedRecordPage } from './route-chunks';

const rootRoute = createRootRoute({ component: RootLayout, notFoundComponent: NotFoundPage });

const indexRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/',
  validateSearch: (search: Record<string, unknown>): { q?: string } => (typeof search.q === 'string' ? { q: search.q } : {}),
  component: function IndexRoute() {
    const { q } = indexRoute.useSearch();
    if (q === undefined || q.trim() === '') return <HomePage />;
    const parsed = parseQuery(q);
    return parsed.ok ? <RecordPage query={parsed.value} /> : <QueryErrorPage input={q} message={parsed.error.message} />;
  },
});

/** A route whose parameter must parse as one kind of query. */
const PREFIX: Record<'pith' | 'arxiv' | 'doi', string> = { pith: '', arxiv: 'arXiv:', doi: 'doi:' };
const EXPECTED: Record<'pith' | 'arxiv' | 'doi', string> = { pith: 'a pith number', arxiv: 'an arXiv id', doi: 'a DOI' };

function ParamRoute({ raw, expect }: { raw: string; expect: 'pith' | 'arxiv' | 'doi' }) {
  const parsed = parseQuery(PREFIX[expect] + raw);
  if (!parsed.ok) return <QueryErrorPage input={raw} message={parsed.error.message} />;
  if (parsed.value.type !== expect) return <QueryErrorPage input={raw} message={`This address expects ${EXPECTED[expect]}; '${raw}' reads as ${parsed.value.understood}.`} />;
  return <RecordPage query={parsed.value} />;
}

const pithRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/pith/$id',
  component: function PithRoute() {
    return <ParamRoute raw={pithRoute.useParams().id} expect="pith" />;
  },
});

const arxivRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/arxiv/$',
  component: function ArxivRoute() {
    return <ParamRoute raw={arxivRoute.useParams()._splat ?? ''} expect="arxiv" />;
  },
});

const doiRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/doi/$',
  component: function DoiRoute() {
    return <ParamRoute raw={doiRoute.useParams()._splat ?? ''} expect="doi" />;
  },
});

const settingsRoute = createRoute({ getParentRoute: () => rootRoute, path: '/settings', component: SettingsPage });

const batchRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/batch',
  validateSearch: (search: Record<string, unknown>) => searchOfView(viewFromSearch(search)),
  component: function BatchRoute() {
    const search = batchRoute.useSearch();
    const navigate = batchRoute.useNavigate();
    const view = useMemo(() => viewFromSearch(search), [search]);
    const onView = useCallback((next: BatchView) => void navigate({ search: searchOfView(next), replace: true, resetScroll: false }), [navigate]);
    return <BatchPage intake={<IntakePanel />} view={view} onView={onView} />;
  },
});

const computeRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/compute',
  validateSearch: (search: Record<string, unknown>) => searchOfValues(valuesFromSearch(search)),
  component: function ComputeRoute() {
    const search = computeRoute.useSearch();
    const navigate = computeRoute.useNavigate();
    const initial = useMemo(() => valuesFromSearch(search), [search]);
    const onCommit = useCallback((values: ComputeValues) => void navigate({ search: searchOfValues(values), replace: true, resetScroll: false }), [navigate]);
    return <ComputePage initial={initial} onCommit={onCommit} />;
  },
});

const fileRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/file/$id',
  component: function FileRoute() {
    return <FileRecordPage id={fileRoute.useParams().id} />;
  },
});

/** The record travels in the fragment, which never reaches a server (docs/UX.md #4). */
const shareRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/share',
  component: function ShareRoute() {
    const hash = useRouterState({ select: (s) => s.location.hash });
    return <SharedRecordPage fragment={hash} />;
  },
});

const routeTree = rootRoute.addChildren([indexRoute, pithRoute, arxivRoute, doiRoute, settingsRoute, batchRoute, fileRoute, shareRoute, computeRoute]);

/**
 * Search params stay the strings people typed: the default parser (JSON, and the number guessing of
 * its query-string decoder) would read `?q=1704.04289` as the number 1704.04289 and the route would
 * drop it. Every search param this app has is a string, so none is parsed or quoted.
 */
function parseSearch(search: string): Record<string, string> {
  return Object.fromEntries(new URLSearchParams(search.startsWith('?') ? search.slice(1) : search));
}

function stringifySearch(search: Record<string, unknown>): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(search)) if (v !== undefined && v !== null) params.set(k, String(v));
  const s = params.toString();
  return s ? `?${s}` : '';
}

/** While a page's chunk loads: said, not a blank page (route-chunks.ts). */
function PagePending() {
  return (
    <p className="py-8 text-sm text-slate-600 dark:text-slate-400" role="status">
      Loading…
    </p>
  );
}

/** A page whose chunk could not be loaded keeps the header, says why and offers a reload. */
function PageFailed() {
  return (
    <div className="mx-auto max-w-3xl py-8">
      <ChunkFailed what="This page" />
    </div>
  );
}

export const router = createRouter({
  routeTree,
  defaultPreload: false,
  scrollRestoration: true,
  parseSearch,
  stringifySearch,
  defaultPendingComponent: PagePending,
  defaultErrorComponent: PageFailed,
});

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router;
  }
}
