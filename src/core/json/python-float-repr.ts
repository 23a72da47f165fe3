/**
 * Python's `float.__repr__`, which is what `json.dumps` writes for a float (FORMAT.md §2: the
 * canonical form writes `1.0`, `1e-07`, `1e+16` where JavaScript writes `1`, `1e-7`, `10000000000000000`).
 *
 * The digits are the same in both languages: Python's repr is "the shortest string that rounds to the
 * same float" (Python docs, Floating Point Arithmetic tutorial; What's New in 3.1), and ECMAScript's
 * Number::toString picks the shortest digit string that round-trips, the closest one when several
 * are equally short (ECMA-262 Number::toString). Only the layout differs; Python's rules
 * (PyOS_double_to_string with format code 'r', Python/pystrtod.c):
 * - scientific notation when the decimal exponent is < -4 or >= 16, otherwise positional;
 * - the exponent has a sign and at least two digits (`1e-07`, `1e+16`, `1e+300`);
 * - a positional number always has a fraction (`100000.0`), a scientific one only when it has
 *   more than one digit (`1e+16`, `1.5e+16`);
 * - the sign of zero is kept (`-0.0`).
 */
export function pythonFloatRepr(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (x === Infinity) return 'inf';
  if (x === -Infinity) return '-inf';
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';
  const sign = x < 0 ? '-' : '';
  const { digits, exponent } = shortestDigits(Math.abs(x));
  if (exponent < -4 || exponent >= 16) {
    const mantissa = digits.length === 1 ? digits : `${digits[0]}.${digits.slice(1)}`;
    const e = Math.abs(exponent);
    return `${sign}${mantissa}e${exponent < 0 ? '-' : '+'}${e < 10 ? '0' : ''}${e}`;
  }
  if (exponent < 0) return `${sign}0.${'0'.repeat(-exponent - 1)}${digits}`;
  const intLength = exponent + 1;
  if (digits.length <= intLength) return `${sign}${digits}${'0'.repeat(intLength - digits.length)}.0`;
  return `${sign}${digits.slice(0, intLength)}.${digits.slice(intLength)}`;
}

/**
 * The shortest round-trip digits of a positive finite number, without leading or trailing zeros,
 * and the decimal exponent of the first digit: value = d.ddd × 10^exponent.
 * Parsed out of String(x), whose forms are `123.45`, `0.000123`, `1e+21`, `1.5e-7`.
 */
function shortestDigits(x: number): { digits: string; exponent: number } {
  const s = String(x);
  const e = s.indexOf('e');
  const mantissa = e < 0 ? s : s.slice(0, e);
  const exp10 = e < 0 ? 0 : Number(s.slice(e + 1));
  const dot = mantissa.indexOf('.');
  const intPart = dot < 0 ? mantissa : mantissa.slice(0, dot);
  let all = dot < 0 ? intPart : intPart + mantissa.slice(dot + 1);
  let leadingZeros = 0;
  while (all.charCodeAt(leadingZeros) === 0x30) leadingZeros++;
  all = all.slice(leadingZeros);
  let end = all.length;
  while (end > 1 && all.charCodeAt(end - 1) === 0x30) end--;
  return { digits: all.slice(0, end), exponent: intPart.length - 1 - leadingZeros + exp10 };
}
