/** The tab's title, outside React too (the first verdict, record/first-verdict.ts, names the page before React has loaded). */
import { visibleText } from '../../core/text/visible-text';

export const APP_NAME = 'pith-explorer';

/** Tab titles are cut here: a record title or file name can be megabytes. */
const MAX_TITLE = 120;

/**
 * Titles hold outside text (record titles, file names), so control and direction-changing characters
 * are shown as code points: a right-to-left override in a title must not reverse the app's name or
 * the verdict word beside it.
 */
export function pageTitle(title: string): string {
  return title === APP_NAME ? APP_NAME : `${visibleText(title, MAX_TITLE)} · ${APP_NAME}`;
}
