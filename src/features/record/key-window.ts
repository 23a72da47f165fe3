/**
 * Places a receipt's signing time on its key's validity window (docs/UX.md
 * "ideas"). The keyring knows only a rotation date, not a start, so the window
 * is open-ended on the left.
 */
import { isoDate } from './format-time';

export interface SigningKeyInfo {
  readonly keyId: string;
  readonly fingerprintHex: string;
  readonly origin: string;
  readonly rotatesAt: string | null;
}

export type WindowPlacement = 'no-rotation' | 'before-rotation' | 'after-rotation' | 'unknown';

export interface KeyWindow {
  readonly placement: WindowPlacement;
  readonly sentence: string;
  /** The dates the bar is labelled with (YYYY-MM-DD), null when not known. */
  readonly signedDay: string | null;
  readonly rotationDay: string | null;
}

/** Where signed_at falls on the key's window, in words and as the two dates the bar shows. */
export function placeOnKeyWindow(signedAt: string | null, key: SigningKeyInfo): KeyWindow {
  const signedDay = signedAt ? isoDate(signedAt) : null;
  const signed = signedDay ? `signed ${signedDay}` : 'signing time not in this record';
  const rotationDay = key.rotatesAt === null ? null : (isoDate(key.rotatesAt) ?? null);
  const days = { signedDay, rotationDay };
  if (key.rotatesAt === null) return { placement: signedDay ? 'no-rotation' : 'unknown', sentence: `${signed}, key has no rotation date`, ...days };
  const rot = rotationDay ?? key.rotatesAt;
  const s = signedAt ? Date.parse(signedAt) : NaN;
  const r = Date.parse(key.rotatesAt);
  if (Number.isNaN(s) || Number.isNaN(r)) return { placement: 'unknown', sentence: `${signed}, key rotates ${rot}`, ...days };
  return s < r
    ? { placement: 'before-rotation', sentence: `${signed}, before the key's rotation date ${rot}`, ...days }
    : { placement: 'after-rotation', sentence: `${signed}, on or after the key's rotation date ${rot}: the key should no longer sign`, ...days };
}
