/** Names the page in the tab, the history and bookmarks: every route sets one (issue 9). */
import { useEffect } from 'react';
import { visibleText } from '../../core/text/visible-text';

export const APP_NAME = 'pith-explorer';

/** Tab titles are cut here: a record title or file name can be megabytes. */
const MAX_TITLE = 120;

/**
 * null: this component does not name the page (a child that renders the record does, and child
 * effects run first). Titles hold outside text (record titles, file names), so control and
 * direction-changing characters are shown as code points: a right-to-left override in a title must
 * not reverse the app's name or the verdict word beside it.
 */
export function useDocumentTitle(title: string | null): void {
  useEffect(() => {
    if (title !== null) document.title = title === APP_NAME ? APP_NAME : `${visibleText(title, MAX_TITLE)} · ${APP_NAME}`;
  }, [title]);
}
