/**
 * The site header's frame, shared by the app's layout (app/root-layout.tsx) and the verdict shown
 * before React (record/first-verdict.ts), whose band keeps the record where the app will put it.
 */
export const SITE_HEADER_CLASS = 'border-b border-slate-200 print:hidden dark:border-slate-800';
/** One row at every width: on a phone the links fold into a menu. */
export const SITE_HEADER_ROW_CLASS = 'mx-auto flex max-w-6xl items-start gap-3 px-4 py-3 sm:gap-4';
export const LOGO_CLASS = 'shrink-0 pt-1 font-mono text-lg font-semibold text-teal-800 dark:text-teal-300';
/**
 * The header's height with the compact search box and its "Understood" line under it, measured on
 * the seed's page (2026-12-02, Chromium: 83 px at 1280 wide, 95 px at 390): the first verdict's band
 * is as tall, so the record does not move when the app takes its place.
 */
export const SITE_HEADER_HEIGHT_CLASS = 'min-h-[83px] max-sm:min-h-[95px]';
