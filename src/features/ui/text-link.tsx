/** External and in-app text links: one underline style; external ones never send a referrer. */
import type { AnchorHTMLAttributes, ReactNode } from 'react';

export const LINK_CLASS = 'text-teal-700 underline decoration-teal-700/40 underline-offset-2 hover:decoration-teal-700 dark:text-teal-300 dark:decoration-teal-300/40';

export function TextLink({ href, className = '', children, ...rest }: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string; children: ReactNode }) {
  const external = /^[a-z]+:/i.test(href);
  return (
    <a href={href} rel={external ? 'noreferrer' : undefined} {...rest} className={`${LINK_CLASS} ${className}`}>
      {children}
    </a>
  );
}
