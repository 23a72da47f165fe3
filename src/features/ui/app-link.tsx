/**
 * A link inside the app: a real `<a href>` (it opens in a new tab, copies and reads as a link), whose
 * plain click moves through navigation.ts instead of reloading the page.
 */
import type { AnchorHTMLAttributes, MouseEvent } from 'react';
import { navigate } from './navigation';

type AppLinkProps = AnchorHTMLAttributes<HTMLAnchorElement> & { href: string };

/** True for a click the browser should handle itself: a new tab or window, another button. */
function isModifiedClick(e: MouseEvent<HTMLAnchorElement>): boolean {
  return e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey || (e.currentTarget.target !== '' && e.currentTarget.target !== '_self');
}

export function AppLink({ href, onClick, ...rest }: AppLinkProps) {
  const follow = (e: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(e);
    if (isModifiedClick(e)) return;
    e.preventDefault();
    navigate(href);
  };
  return <a href={href} {...rest} onClick={follow} />;
}
