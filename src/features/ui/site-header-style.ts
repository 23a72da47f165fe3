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
 * the seed's page (2026-12-02, Chromium: 83 px at 1024 wide and more, 95 px at 390): the first
 * verdict's band is as tall, so there the title does not move when the app takes its place. Between
 * 600 and 800 px the app's header is 83–111 px and the record moves by up to 47 px (a review's
 * measurement); below the title, React's Cite and Copy buttons move the verdict on a phone too.
 */
export const SITE_HEADER_HEIGHT_CLASS = 'min-h-[83px] max-sm:min-h-[95px]';
