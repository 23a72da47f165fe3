/** The app's buttons and button-like file pickers: one look, one focus ring. */
import type { ButtonHTMLAttributes, ReactNode } from 'react';

export const BUTTON_CLASS =
  'inline-flex cursor-pointer items-center gap-1 rounded border border-slate-300 bg-white px-3 py-1 text-sm font-medium hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-teal-600 disabled:cursor-not-allowed disabled:opacity-60 dark:border-slate-600 dark:bg-slate-900 dark:hover:bg-slate-800';

export const PRIMARY_BUTTON_CLASS =
  'inline-flex cursor-pointer items-center gap-1 rounded-lg bg-teal-700 px-4 py-1.5 text-sm font-semibold whitespace-nowrap text-white hover:bg-teal-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-teal-700 dark:bg-teal-700 dark:hover:bg-teal-600';

export function Button({ variant = 'default', className = '', children, ...rest }: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: 'default' | 'primary'; children: ReactNode }) {
  return (
    <button type="button" {...rest} className={`${variant === 'primary' ? PRIMARY_BUTTON_CLASS : BUTTON_CLASS} ${className}`}>
      {children}
    </button>
  );
}
