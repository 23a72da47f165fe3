/** The row of the app's own banners (offline, update). */
export const BAR = 'mx-auto flex max-w-6xl flex-wrap items-center gap-x-3 gap-y-2 px-4 py-2 text-sm';
