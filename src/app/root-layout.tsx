import { useEffect, useLayoutEffect } from 'react';
import { claimFirstVerdictFocus } from '../features/record/first-verdict-hold';
import { warmUpApp } from './warm-up-app';
import { DropOverlay } from '../features/intake/drop-overlay';
import { IntakeStatus } from '../features/intake/intake-status';
import { parseQuery } from '../core/query/parse-query';
import { queryTextOf } from '../core/query/query-path';
import { SearchBox } from '../features/lookup/search-box';
import { AppLink } from '../features/ui/app-link';
import { searchRecord, usePathname, useSearchString } from '../features/ui/navigation';
import { Routes } from './router';
import { OfflineNotice, OfflineReadyNote, UpdatePrompt } from '../features/offline/app-status-banners';
import { useApplyTheme } from '../features/settings/theme';
import { updateSettings, useSettings, type Theme } from '../features/settings/settings-store';
import { closeOnEscape } from '../features/ui/close-on-escape';
import { useNavigationFocus } from '../features/ui/navigation-focus';
import { LOGO_CLASS, SITE_HEADER_CLASS, SITE_HEADER_ROW_CLASS } from '../features/ui/site-header-style';

const NEXT_THEME: Record<Theme, Theme> = { system: 'light', light: 'dark', dark: 'system' };

const NAV_LINK = 'underline-offset-2 hover:underline';

const mainRegion = () => document.getElementById('main');

type NavTarget = '/batch' | '/compute' | '/settings';

/** A link, except on its own page: there it is the page's name, marked current, not a link to itself. */
function NavItem({ to, path, children }: { to: NavTarget; path: string; children: string }) {
  if (path === to) {
    return (
      <span aria-current="page" className="font-semibold">
        {children}
      </span>
    );
  }
  return (
    <AppLink href={to} className={NAV_LINK}>
      {children}
    </AppLink>
  );
}

function NavLinks({ path }: { path: string }) {
  return (
    <>
      <NavItem to="/batch" path={path}>
        Batch
      </NavItem>
      <NavItem to="/compute" path={path}>
        Compute a number
      </NavItem>
      <NavItem to="/settings" path={path}>
        Mirrors &amp; keys
      </NavItem>
    </>
  );
}

function Logo({ onHome }: { onHome: boolean }) {
  const text = (
    <>
      <span className="sm:hidden">pith</span>
      <span className="max-sm:hidden">pith-explorer</span>
    </>
  );
  if (onHome) {
    return (
      <span className={LOGO_CLASS} aria-current="page" data-testid="logo">
        {text}
      </span>
    );
  }
  return (
    <AppLink href="/" className={LOGO_CLASS} aria-label="pith-explorer, home" data-testid="logo">
      {text}
    </AppLink>
  );
}

function ThemeButton() {
  const { theme } = useSettings();
  return (
    <button
      type="button"
      onClick={() => updateSettings((s) => ({ ...s, theme: NEXT_THEME[s.theme] }))}
      className="rounded border border-slate-300 px-2 py-1 text-left dark:border-slate-600"
      aria-label={`Theme: ${theme}. Switch to ${NEXT_THEME[theme]}`}
    >
      {theme === 'dark' ? '☾ dark' : theme === 'light' ? '☀ light' : '◐ system'}
    </button>
  );
}

export function RootLayout() {
  const { theme } = useSettings();
  useApplyTheme(theme);
  const path = usePathname();
  const q = searchRecord(useSearchString()).q;
  // The home page has its own big box; every other page (a ?q= lookup included) keeps one up here,
  // holding the query it was reached by.
  const onHome = path === '/' && (q === undefined || q.trim() === '');
  const queryText = queryTextOf(path, q);
  // A query that cannot be read gets its own page with the box to fix it in; one box, not two.
  const unreadable = queryText.trim() !== '' && !parseQuery(queryText).ok;
  // After the first verdict (or when idle) start the workers and fetch the other pages' chunks, so
  // that a drop later loads nothing over the network (warm-up-app.ts sets html[data-workers="ready"]).
  useNavigationFocus(`${path}?${q ?? ''}`, mainRegion);
  // A deep link's "Looking up…" had focus on its home link when its lookup failed: the app's takes it.
  useLayoutEffect(() => claimFirstVerdictFocus(document.querySelector<HTMLElement>('a[data-testid="logo"]')), []);
  useEffect(() => {
    // A chunk the warm-up could not fetch is no error of this page: the page that needs it says so (ChunkBoundary).
    warmUpApp(window.location).catch(() => undefined);
  }, []);
  return (
    <div className="min-h-screen bg-white text-slate-900 dark:bg-slate-950 dark:text-slate-100 print:bg-white print:text-black">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-white focus:p-2 dark:focus:bg-slate-900">
        Skip to content
      </a>
      <header className={SITE_HEADER_CLASS}>
        <div className={SITE_HEADER_ROW_CLASS}>
          <Logo onHome={onHome} />
          <div className="min-w-0 flex-1">{!onHome && !unreadable && <SearchBox compact initial={queryText} key={`${path}?${queryText}`} />}</div>
          <nav aria-label="Main" className="flex items-center gap-3 pt-1.5 text-sm max-sm:hidden">
            <NavLinks path={path} />
            <ThemeButton />
          </nav>
          <details className="relative pt-0.5 sm:hidden" key={path} data-testid="nav-menu" onKeyDown={closeOnEscape}>
            <summary className="cursor-pointer list-none rounded border border-slate-300 px-2 py-1 text-sm dark:border-slate-600" aria-label="Menu">
              <span aria-hidden="true">☰</span>
            </summary>
            <nav aria-label="Main" className="absolute right-0 z-40 mt-1 flex w-48 flex-col gap-2 rounded-lg border border-slate-200 bg-white p-3 text-sm shadow-lg dark:border-slate-700 dark:bg-slate-900">
              <NavLinks path={path} />
              <ThemeButton />
            </nav>
          </details>
        </div>
      </header>
      <OfflineNotice />
      <DropOverlay />
      <IntakeStatus />
      <main id="main" tabIndex={-1} className="mx-auto min-h-screen max-w-6xl px-4 pb-16 focus:outline-none">
        {/* A page still loading its chunk says so (router.tsx), inside this main. */}
        <Routes />
      </main>
      <footer className="border-t border-slate-200 py-4 print:hidden text-center text-xs text-slate-500 dark:border-slate-800 dark:text-slate-400">
        Verification runs in this browser. Records come from mirrors; nothing you drop or paste is sent anywhere.
        <OfflineReadyNote />
      </footer>
      <UpdatePrompt />
    </div>
  );
}
