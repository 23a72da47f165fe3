/** A small neutral label ("offline", "local", a category code): never a verdict colour. */
import type { ReactNode } from 'react';

export const TAG_CLASS = 'inline-flex items-center gap-1 rounded bg-slate-100 px-1.5 py-0.5 text-xs font-semibold text-slate-800 dark:bg-slate-800 dark:text-slate-200';

export function Tag({ children, className = '', title }: { children: ReactNode; className?: string; title?: string }) {
  return (
    <span className={`${TAG_CLASS} ${className}`} title={title}>
      {children}
    </span>
  );
}
