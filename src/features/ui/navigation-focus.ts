/**
 * Focus after a move within the app. A page load starts a keyboard or screen-reader user at the top;
 * an in-app move replaced the page under them, and the link or button they used went with it, so
 * focus fell to <body> and the next Tab started from the document's top, or nowhere (found in a
 * keyboard walk-through, 2026-12-02). Focus that fell is put on the main region, which is
 * announced and from which Tab goes on into the new page (after a lookup: the verdict's page); focus
 * still on something (a field the page kept, the home page's own box, which takes it on mount) is
 * left where it is.
 */
import { useEffect, useRef } from 'react';

/** `page` names the page shown (its path and lookup): the check runs each time it changes, not on the first render. */
export function useNavigationFocus(page: string, main: () => HTMLElement | null): void {
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const active = document.activeElement;
    // preventScroll: the scroll offsets are scroll-restoration.ts's to set.
    if (active === null || active === document.body) main()?.focus({ preventScroll: true });
  }, [page, main]);
}
