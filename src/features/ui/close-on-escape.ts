/** Escape closes a disclosure (<details>: the Cite panel, the phone menu) and puts focus back on its summary (WAI-ARIA APG, Disclosure). */
import type { KeyboardEvent } from 'react';

export function closeOnEscape(e: KeyboardEvent<HTMLDetailsElement>): void {
  if (e.key !== 'Escape' || !e.currentTarget.open) return;
  e.currentTarget.open = false;
  e.currentTarget.querySelector('summary')?.focus();
}
