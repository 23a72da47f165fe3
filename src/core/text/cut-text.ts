/**
 * Cuts a string for display without splitting a UTF-16 surrogate pair: `text.slice(0, n)` can end in
 * a lone high surrogate (half an emoji), which renders as a broken character.
 */

/** The first `max` code units of `text`, one fewer if the cut would fall inside a surrogate pair. */
export function cutCodeUnits(text: string, max: number): string {
  if (text.length <= max) return text;
  const last = text.charCodeAt(max - 1);
  return text.slice(0, last >= 0xd800 && last <= 0xdbff ? max - 1 : max);
}
