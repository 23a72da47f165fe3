/** Which paths open a record looked up through the mirrors (read by boot.ts and warm-up-app.ts). */

/** Whether this path is answered by a lookup (a record page), which settles with a verdict. */
export function isLookupPath(pathname: string, search: string): boolean {
  return /^\/(pith|arxiv|doi)\//.test(pathname) || (pathname === '/' && (new URLSearchParams(search).get('q') ?? '').trim() !== '');
}
