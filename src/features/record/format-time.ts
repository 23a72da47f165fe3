/** Times as people read them, in UTC, next to the ISO text the record holds. */

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * "13 April 2017, 22:17 UTC" for an ISO time; null when it does not parse.
 * Built by hand, not Intl: ICU versions word it differently ("at", commas).
 */
export function formatUtc(iso: string): string | null {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return null;
  const d = new Date(t);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}, ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())} UTC`;
}

/** The calendar date part of an ISO time ("2026-05-18"), or null. */
export function isoDate(iso: string): string | null {
  const m = /^([0-9]{4}-[0-9]{2}-[0-9]{2})/.exec(iso.trim());
  return m ? m[1]! : null;
}
