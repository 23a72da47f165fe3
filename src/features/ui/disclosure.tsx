/**
 * A collapsible section on native <details>/<summary>: keyboard and screen
 * readers get open/closed semantics for free. `lazy` renders the body only
 * once it has been opened, for heavy content such as a large raw document.
 */
import { useState, type ReactNode } from 'react';

export interface DisclosureProps {
  summary: ReactNode;
  children: ReactNode;
  defaultOpen?: boolean;
  lazy?: boolean;
  onToggle?: (open: boolean) => void;
  className?: string;
  id?: string;
}

export function Disclosure({ summary, children, defaultOpen = false, lazy = false, onToggle, className = '', id }: DisclosureProps) {
  const [open, setOpen] = useState(defaultOpen);
  const [everOpened, setEverOpened] = useState(defaultOpen);
  return (
    <details
      id={id}
      open={open}
      onToggle={(e) => {
        const now = e.currentTarget.open;
        setOpen(now);
        if (now) setEverOpened(true);
        onToggle?.(now);
      }}
      className={`group rounded-lg border border-slate-200 dark:border-slate-700 ${className}`}
    >
      <summary className="flex cursor-pointer list-none items-center gap-2 p-3 font-medium select-none focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-teal-600 [&::-webkit-details-marker]:hidden">
        <span aria-hidden="true" className="inline-block text-slate-500 transition-transform group-open:rotate-90 dark:text-slate-400">
          ▸
        </span>
        <span className="flex-1">{summary}</span>
      </summary>
      <div className="border-t border-slate-200 p-3 dark:border-slate-700">{!lazy || everOpened ? children : null}</div>
    </details>
  );
}
