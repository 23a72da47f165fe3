/**
 * `use-sync-external-store/shim` for React 18+, which has the hook itself: wouter imports the shim
 * (its support reaches back to React 16), whose fallback code is 0.4 KB gzip of the home page's
 * first load that React 19 never runs. vite.config.ts resolves the shim here.
 */
export { useSyncExternalStore } from 'react';
