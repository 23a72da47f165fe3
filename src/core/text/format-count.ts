/**
 * Counts as this app writes them: en-US digit grouping (12,345), written without Intl. The first
 * `toLocaleString('en-US')` of a page loads ICU's number data, 12–15 ms on this 2-core host (four
 * times that under Lighthouse's CPU slowdown), and it fell on a first paste's verdict and on the
 * record page's first render (a CPU profile, 2026-12-04). Anything but a safe integer is left to
 * `toLocaleString`.
 */

/** `n` with en-US digit grouping: what `n.toLocaleString('en-US')` gives, without loading ICU for an integer. */
export function formatCount(n: number): string {
  if (!Number.isSafeInteger(n)) return n.toLocaleString('en-US');
  const digits = String(Math.abs(n)).replace(/\B(?=(\d{3})+$)/g, ',');
  return n < 0 ? `-${digits}` : digits;
}
