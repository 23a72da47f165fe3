/**
 * The verdict's headline as one line of text (CLI, CSV, reports, a mirror's answer). Apart from
 * headline.ts, which builds headlines from the check registry: code that only prints one (the
 * mirror resolver) then does not load the checks.
 */
import type { Headline } from './report-types';

/** The headline as one line of text: the summary, then every reason. */
export function headlineText(h: Headline): string {
  // A reason that ends its own sentence loses its period here: joined, it read "checkable.." (a walk-through, 2026-12-03).
  const rest = h.reasons.filter((r) => r.code !== 'all-hold' && !h.summary.includes(r.text)).map((r) => r.text.replace(/\.+$/, ''));
  if (rest.length === 0) return h.summary;
  const joined = rest.join('; ');
  // After a full stop the reasons start a sentence of their own ("… on trust. The number's year …").
  return `${h.summary} ${/\.$/.test(h.summary) ? joined.charAt(0).toUpperCase() + joined.slice(1) : joined}.`;
}
