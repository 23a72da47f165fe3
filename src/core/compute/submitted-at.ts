/**
 * The v1 submission time in the forms people paste, read into the one form the canonical record
 * holds (FORMAT.md §2: `2017-04-13T22:17:30Z`, UTC to the second). Accepted: that form; ISO 8601
 * with a space or an offset (`+00:00`, `+0000`, `-05:00`, converted to UTC); and arXiv's
 * submission history line (`[v1] Mon, 29 Feb 2016 19:03:23 UTC (1,234 KB)`, RFC 5322-style).
 * A time with no zone, a fraction of a second that is not zero, a weekday that does not match
 * the date, an offset past ±23:59 (ISO 8601 §4.2.5.1) or a UTC year outside 0000–9999 (the record's
 * four digits, and the number's year) is refused, never guessed: one second off is a different pith number.
 * Input over MAX_INPUT characters is refused before any pattern runs (no time is that long, and the
 * arXiv pattern's optional parts would otherwise cost time growing with the square of the length).
 */
import { err, ok, type Result } from '../errors';
import { formatCount } from '../text/format-count';

export interface SubmittedAtReading {
  /** `YYYY-MM-DDTHH:MM:SSZ`. */
  readonly value: string;
  /** How the input was read, when it was not already in the canonical form. */
  readonly note: string | null;
}

const EXPECTED = 'expected 2017-04-13T22:17:30Z (UTC, to the second), an ISO time with an offset such as +00:00, or arXiv’s “Mon, 29 Feb 2016 19:03:23 UTC”';
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const DAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

/** The longest form accepted, the arXiv history line with its size, is under 60 characters. */
export const MAX_INPUT = 100;

const ISO = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?\s*(Z|UTC|GMT|[+-]\d{2}:?\d{2})?$/i;
const ARXIV = /^(?:\[v\d+\]\s*)?(?:([A-Za-z]{3}),?\s+)?(\d{1,2})\s+([A-Za-z]{3})\s+(\d{4})\s+(\d{2}):(\d{2}):(\d{2})\s*(UTC|GMT|Z|[+-]\d{2}:?\d{2})?(?:\s*\([^)]*\))?$/;

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** Minutes east of UTC of a zone designator; null when there is none, NaN when it is out of range. */
function offsetMinutes(zone: string | undefined): number | null {
  if (zone === undefined) return null;
  if (/^(Z|UTC|GMT)$/i.test(zone)) return 0;
  const m = /^([+-])(\d{2}):?(\d{2})$/.exec(zone)!;
  const [h, mi] = [Number(m[2]), Number(m[3])];
  if (h > 23 || mi > 59) return Number.NaN;
  return (m[1] === '-' ? -1 : 1) * (h * 60 + mi);
}

function badOffset(s: string, zone: string): string {
  return `${JSON.stringify(zone)} in ${JSON.stringify(s)} is not a UTC offset: hours go up to 23 and minutes up to 59 (ISO 8601 §4.2.5.1)`;
}

/** The UTC instant of the fields, or why they are not a real date and time. */
function instant(y: number, mo: number, d: number, h: number, mi: number, s: number, offset: number, shown: string): Result<Date, string> {
  // setUTCFullYear, not Date.UTC, which reads years 0–99 as 1900–1999.
  const local = new Date(0);
  local.setUTCFullYear(y, mo - 1, d);
  local.setUTCHours(h, mi, s, 0);
  // Dates roll over (2017-02-30 becomes March), so a real date is one that comes back unchanged.
  if (local.getUTCFullYear() !== y || local.getUTCMonth() !== mo - 1 || local.getUTCDate() !== d || h > 23 || mi > 59 || s > 59) {
    return err(`${JSON.stringify(shown)} is not a real date and time; ${EXPECTED}`);
  }
  const utc = new Date(local.getTime() - offset * 60_000);
  if (utc.getUTCFullYear() < 0 || utc.getUTCFullYear() > 9999) {
    return err(`${JSON.stringify(shown)} is in the year ${utc.getUTCFullYear()} in UTC; the record holds a four-digit year (0000–9999), so it cannot be written`);
  }
  return ok(utc);
}

function format(t: Date): string {
  return `${pad(t.getUTCFullYear(), 4)}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}T${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())}:${pad(t.getUTCSeconds())}Z`;
}

/** Reads a pasted submission time (see the module comment); the error is a sentence for the form. */
export function readSubmittedAt(raw: string): Result<SubmittedAtReading, string> {
  const s = raw.trim();
  if (s === '') return err(`${EXPECTED}; got nothing`);
  if (s.length > MAX_INPUT) return err(`That is ${formatCount(s.length)} characters; a submission time is under ${MAX_INPUT}: ${EXPECTED}`);
  const iso = ISO.exec(s);
  if (iso) {
    const [, y, mo, d, h, mi, se, frac, zone] = iso;
    if (frac !== undefined && /[1-9]/.test(frac)) return err(`${JSON.stringify(s)} has a fraction of a second; the record holds whole seconds, and rounding would be a guess`);
    const offset = offsetMinutes(zone);
    if (offset === null) return err(`${JSON.stringify(s)} has no time zone; add Z if it is UTC (arXiv gives UTC)`);
    if (Number.isNaN(offset)) return err(badOffset(s, zone!));
    const t = instant(Number(y), Number(mo), Number(d), Number(h), Number(mi), Number(se), offset, s);
    if (!t.ok) return t;
    const value = format(t.value);
    if (value === s) return ok({ value, note: null });
    return ok({ value, note: offset === 0 ? `read as ${value}` : `read as ${value} (converted from ${zone} to UTC)` });
  }
  const ax = ARXIV.exec(s);
  if (ax) {
    const [, day, d, mon, y, h, mi, se, zone] = ax;
    const mo = MONTHS.indexOf(mon!.toLowerCase()) + 1;
    if (mo === 0) return err(`${JSON.stringify(mon)} is not a month; ${EXPECTED}`);
    const offset = offsetMinutes(zone);
    if (offset === null) return err(`${JSON.stringify(s)} has no time zone; arXiv writes UTC after the time`);
    if (Number.isNaN(offset)) return err(badOffset(s, zone!));
    const t = instant(Number(y), mo, Number(d), Number(h), Number(mi), Number(se), offset, s);
    if (!t.ok) return t;
    // The weekday is checked against the date as written (before any offset), as the writer meant it.
    if (day !== undefined) {
      const wrote = DAYS.indexOf(day.toLowerCase());
      const date = new Date(0);
      date.setUTCFullYear(Number(y), mo - 1, Number(d));
      const actual = date.getUTCDay();
      if (wrote !== actual) return err(`${Number(d)} ${mon} ${y} was a ${['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'][actual]}, not ${day}: check the date`);
    }
    const value = format(t.value);
    return ok({ value, note: `read as ${value}${offset === 0 ? '' : ` (converted from ${zone} to UTC)`}` });
  }
  return err(`${EXPECTED}; got ${JSON.stringify(s)}`);
}
