/**
 * Routes: /pith/<any pith form>, /arxiv/<id>, /doi/<doi>, /?q=<anything typed>, /settings, /batch,
 * /compute, /file/<id>, /share#<record>. Every record view is a deep link that survives reload,
 * back/forward and sharing. A lookup's parameter is decoded once, from the path as the browser holds
 * it (core lookupParam; features/ui/navigation.ts says why not wouter's matching).
 */
import { Suspense, useLayoutEffect, useMemo, type ReactNode } from 'react';
import { useLocationProperty } from 'wouter/use-browser-location';
import { parseQuery } from '../core/query/parse-query';
import { LOOKUP_PREFIX, lookupParam, lookupPath } from '../core/query/lookup-param';
import { HomePage } from '../features/home/home-page';
import { IntakePanel } from '../features/intake/intake-panel';
import { ChunkBoundary } from '../features/ui/chunk-boundary';
import { searchRecord, useHash, usePathname, useSearchString } from '../features/ui/navigation';
import { applyScroll, entryKey } from '../features/ui/scroll-restoration';
import { NotFoundPage } from './not-found-page';
import { BatchRoute, ComputeRoute, FileRecordPage, QueryErrorPage, RecordPage, SettingsPage, SharedRecordPage } from './route-chunks';

/** A route whose parameter must parse as one kind of query. */
const EXPECTED: Record<'pith' | 'arxiv' | 'doi', string> = { pith: 'a pith number', arxiv: 'an arXiv id', doi: 'a DOI' };

function ParamRoute({ raw, expect }: { raw: string; expect: 'pith' | 'arxiv' | 'doi' }) {
  const parsed = parseQuery(LOOKUP_PREFIX[expect] + raw);
  if (!parsed.ok) return <QueryErrorPage input={raw} message={parsed.error.message} />;
  if (parsed.value.type !== expect) return <QueryErrorPage input={raw} message={`This address expects ${EXPECTED[expect]}; '${raw}' reads as ${parsed.value.understood}.`} />;
  return <RecordPage query={parsed.value} />;
}

/** The q= value as the link holds it, still percent-encoded (the last when repeated, as the search record keeps it). */
function rawQ(searchStr: string): string {
  return [...searchStr.matchAll(/(?:^\?|&)q=([^&]*)/g)].pop()?.[1] ?? '';
}

function IndexRoute({ q, searchStr }: { q: string | undefined; searchStr: string }) {
  // Escapes that are not UTF-8 (the browser reads them as U+FFFD) are explained, by the error page's
  // chunk (percent-encoding.ts); a lone % the browser keeps as it is, so 50%off reads as typed.
  if (q?.includes('\uFFFD')) {
    const encoded = rawQ(searchStr);
    return <QueryErrorPage input={encoded} encoding={{ encoded, where: 'q= value', form: 'query' }} />;
  }
  if (q === undefined || q.trim() === '') return <HomePage />;
  const parsed = parseQuery(q);
  return parsed.ok ? <RecordPage query={parsed.value} /> : <QueryErrorPage input={q} message={parsed.error.message} />;
}

/** The record travels in the fragment, which never reaches a server (docs/UX.md #4). */
function ShareRoute() {
  return <SharedRecordPage fragment={useHash()} />;
}

/** A dropped file's id (app-made, percent-encoded in its link); a broken escape names no file. */
function safeDecode(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/** The page for a location (exported for its test: routes are plain data in, element out). */
export function pageFor(pathname: string, search: Record<string, string>, searchStr = ''): ReactNode {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
  if (path === '/') return <IndexRoute q={search.q} searchStr={searchStr} />;
  if (path === '/settings') return <SettingsPage />;
  if (path === '/batch') return <BatchRoute search={search} intake={<IntakePanel />} />;
  if (path === '/compute') return <ComputeRoute search={search} />;
  if (path === '/share') return <ShareRoute />;
  const lookup = lookupParam(path);
  if (lookup) return <ParamRoute raw={lookup.raw} expect={lookup.kind} />;
  // A lookup path whose parameter does not decode: say so, not "No such page".
  const undecodable = lookupPath(path);
  if (undecodable) return <QueryErrorPage input={undecodable.encoded} encoding={{ encoded: undecodable.encoded, where: `/${undecodable.kind}/ part`, form: 'path' }} />;
  const file = /^\/file\/([^/]+)$/.exec(path);
  if (file) return <FileRecordPage id={safeDecode(file[1]!)} />;
  return <NotFoundPage />;
}

/** While a page's chunk loads: said, not a blank page (route-chunks.ts). */
function PagePending() {
  return (
    <p className="py-8 text-sm text-slate-600 dark:text-slate-400" role="status">
      Loading…
    </p>
  );
}

const readEntryKey = () => entryKey();

/**
 * The page for the current location. A page whose chunk is loading says so; one whose chunk could
 * not be loaded keeps the header, says why and offers a reload (ChunkBoundary). The boundary is
 * reset by the location, so moving to another page (`/?q=…` to `/` included) shows that page; a
 * chunk that failed fails again until the reload, as browsers keep a failed module import's answer
 * for the document's life (HTML, "fetch a single module script": the module map holds the failure).
 * Once the page has rendered, the scroll goes to the top (a new page) or back (Back, Forward).
 */
export function Routes() {
  const pathname = usePathname();
  const searchStr = useSearchString();
  const key = useLocationProperty(readEntryKey);
  const search = useMemo(() => searchRecord(searchStr), [searchStr]);
  useLayoutEffect(applyScroll, [pathname, searchStr, key]);
  return (
    <ChunkBoundary what="This page" key={pathname} resetKey={`${pathname}?${searchStr}`}>
      <Suspense fallback={<PagePending />}>{pageFor(pathname, search, searchStr)}</Suspense>
    </ChunkBoundary>
  );
}
