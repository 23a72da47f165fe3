/** Names the page in the tab, the history and bookmarks: every route sets one (issue 9). */
import { useEffect } from 'react';
import { pageTitle } from './page-title';

/** null: this component does not name the page (a child that renders the record does, and child effects run first). */
export function useDocumentTitle(title: string | null): void {
  useEffect(() => {
    if (title !== null) document.title = pageTitle(title);
  }, [title]);
}
