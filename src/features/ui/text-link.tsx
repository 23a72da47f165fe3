/**
 * Text links, one style and three behaviours: a link that leaves the site is marked as external
 * (↗ and words for screen readers) and sends no referrer; an in-app link moves through the router
 * (no page reload, the batch and caches survive); a link to the page you are on is not a link at
 * all, only text marked aria-current (issue 9: "links that point to the page you are on are not
 * links").
 */
import type { AnchorHTMLAttributes, ReactNode } from 'react';
import { AppLink } from './app-link';
import { usePathname, useSearchString } from './navigation';

export const LINK_CLASS = 'text-teal-700 underline decoration-teal-700/40 underline-offset-2 hover:decoration-teal-700 dark:text-teal-300 dark:decoration-teal-300/40';

/** True for an absolute URL with a scheme (https:, mailto:): it leaves this app. */
export function isExternalHref(href: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//');
}

/** True when an in-app href names the location shown now (path and, when it has one, query). */
export function isCurrentHref(href: string, pathname: string, searchStr: string): boolean {
  if (isExternalHref(href)) return false;
  const [path = '', query] = href.split('#')[0]!.split('?');
  const norm = (p: string) => (p.length > 1 ? p.replace(/\/+$/, '') : p);
  let samePath: boolean;
  try {
    samePath = norm(decodeURI(path)) === norm(decodeURI(pathname));
  } catch {
    samePath = norm(path) === norm(pathname);
  }
  if (!samePath) return false;
  return query === undefined ? searchStr === '' || searchStr === '?' : `?${query}` === searchStr;
}

/** The external mark as its own piece, for links drawn by other components. */
export function ExternalMark() {
  return (
    <>
      <span aria-hidden="true" className="ml-0.5 text-[0.8em]">
        ↗
      </span>
      <span className="sr-only"> (another site)</span>
    </>
  );
}

type TextLinkProps = AnchorHTMLAttributes<HTMLAnchorElement> & { href: string; children: ReactNode };

export function TextLink({ href, className = '', children, ...rest }: TextLinkProps) {
  const pathname = usePathname();
  const searchStr = useSearchString();
  if (isExternalHref(href)) {
    return (
      <a href={href} rel="noreferrer" data-external="" {...rest} className={`${LINK_CLASS} ${className}`}>
        {children}
        <ExternalMark />
      </a>
    );
  }
  if (isCurrentHref(href, pathname, searchStr)) {
    return (
      <span aria-current="page" data-current-page="" className={`font-medium ${className}`}>
        {children}
      </span>
    );
  }
  return (
    <AppLink href={href} {...rest} className={`${LINK_CLASS} ${className}`}>
      {children}
    </AppLink>
  );
}
