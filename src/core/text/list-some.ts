/**
 * A list inside a sentence, cut to its first few: a forged record listed 300,000 mismatching
 * aliases, and a reason naming each one was megabytes of text (a hostile review, 2026-12-03). The
 * check's items still carry every one.
 */
import { formatCount } from './format-count';

/** The first `max` of `parts` joined with `separator`, then "and N more" when there are more. */
export function listSome(parts: readonly string[], separator = '; ', max = 5): string {
  if (parts.length <= max) return parts.join(separator);
  return `${parts.slice(0, max).join(separator)}${separator}and ${formatCount(parts.length - max)} more`;
}
