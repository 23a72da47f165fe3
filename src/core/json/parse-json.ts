/**
 * Lossless JSON parsing (RFC 8259), so a number literal is never rounded before
 * it reaches the canonical hash (FORMAT.md §2): an integer literal stays an int
 * (a bigint past 2^53), a fraction or exponent stays a float with its literal.
 * Duplicate object keys are rejected: Python would silently keep the last one,
 * and a document that says two things at once is what a verifier must not
 * paper over.
 *
 * Why hand-written: lossless-json did exactly this but cost 8× JSON.parse and
 * was the largest single cost of batch verification (`npm run bench`). This
 * parser leaves string unescaping to the native JSON.parse and is tested for
 * agreement with lossless-json (kept as the test oracle) on the Python fixtures
 * and on random documents.
 *
 * @module parse-json
 */
import { pithError, type Result, ok, err } from '../errors';
import { JsonFloat, type JsonObject, type JsonValue } from './json-value';
import { formatCount } from '../text/format-count';

class JsonSyntaxError extends Error {}

const NUMBER = /-?(?:0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/y;
// RFC 8259 §7: U+0000–U+001F must be escaped inside strings; this finds raw ones.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u001f]/;

function numberOf(literal: string, isFloat: boolean): number | bigint | JsonFloat {
  if (isFloat) return new JsonFloat(literal);
  const n = Number(literal);
  return Number.isSafeInteger(n) ? n : BigInt(literal);
}

/**
 * Deeper nesting is refused, whatever the stack allows: Python's json.loads stops near its recursion
 * limit (1,000) too, so no record pith.science could have hashed is deeper, and the answer must not
 * depend on how much stack a worker or a browser happens to have.
 */
export const MAX_PARSE_DEPTH = 1000;

class Parser {
  private i = 0;
  private depth = 0;
  constructor(private readonly s: string) {}

  private enter(): void {
    if (++this.depth > MAX_PARSE_DEPTH) throw new JsonSyntaxError(`nested more than ${formatCount(MAX_PARSE_DEPTH)} levels deep at position ${this.i}; Python's json.loads refuses that too`);
  }

  private fail(expected: string): never {
    if (this.i >= this.s.length) throw new JsonSyntaxError(`expected ${expected} but the text ends at position ${this.i}: it looks cut short`);
    throw new JsonSyntaxError(`expected ${expected} but got '${this.s[this.i]}' at position ${this.i}`);
  }

  private ws(): void {
    const s = this.s;
    let c = s.charCodeAt(this.i);
    // RFC 8259 §2: space, tab, line feed, carriage return only.
    while (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) c = s.charCodeAt(++this.i);
  }

  document(): JsonValue {
    this.ws();
    const v = this.value();
    this.ws();
    if (this.i !== this.s.length) this.fail('the end of the input');
    return v;
  }

  private value(): JsonValue {
    const c = this.s.charCodeAt(this.i);
    if (c === 0x22) return this.string();
    if (c === 0x7b) return this.object();
    if (c === 0x5b) return this.array();
    if (c === 0x2d || (c >= 0x30 && c <= 0x39)) return this.number();
    if (this.s.startsWith('true', this.i)) return (this.i += 4), true;
    if (this.s.startsWith('false', this.i)) return (this.i += 5), false;
    if (this.s.startsWith('null', this.i)) return (this.i += 4), null;
    return this.fail('a JSON value');
  }

  private string(): string {
    const s = this.s;
    const start = this.i;
    let end = s.indexOf('"', start + 1);
    let escaped = false;
    // A quote preceded by an odd run of backslashes is escaped: keep looking.
    for (;;) {
      if (end === -1) {
        this.i = s.length;
        this.fail('a closing quote');
      }
      let k = end - 1;
      while (s.charCodeAt(k) === 0x5c) k--;
      if ((end - 1 - k) % 2 === 0) break;
      escaped = true;
      end = s.indexOf('"', end + 1);
    }
    const raw = s.slice(start + 1, end);
    if (CONTROL.test(raw)) {
      this.i = start + 1 + raw.search(CONTROL);
      this.fail('no raw control character inside a string (write it as \\u00XX)');
    }
    this.i = end + 1;
    if (!escaped && raw.indexOf('\\') === -1) return raw;
    try {
      return JSON.parse(s.slice(start, end + 1)) as string;
    } catch {
      this.i = start;
      return this.fail('a string with valid escapes');
    }
  }

  private number(): number | bigint | JsonFloat {
    NUMBER.lastIndex = this.i;
    const m = NUMBER.exec(this.s);
    if (!m) return this.fail('a number');
    this.i += m[0].length;
    return numberOf(m[0], m[1] !== undefined || m[2] !== undefined);
  }

  private array(): JsonValue[] {
    const out: JsonValue[] = [];
    this.enter();
    this.i++;
    this.ws();
    if (this.s.charCodeAt(this.i) === 0x5d) return this.depth--, this.i++, out;
    for (;;) {
      this.ws();
      out.push(this.value());
      this.ws();
      const c = this.s.charCodeAt(this.i++);
      if (c === 0x5d) return this.depth--, out;
      if (c !== 0x2c) return this.i--, this.fail("',' or ']'");
    }
  }

  private object(): JsonObject {
    const out: JsonObject = {};
    this.enter();
    this.i++;
    this.ws();
    if (this.s.charCodeAt(this.i) === 0x7d) return this.depth--, this.i++, out;
    for (;;) {
      this.ws();
      if (this.s.charCodeAt(this.i) !== 0x22) this.fail('a quoted object key');
      const keyAt = this.i;
      const key = this.string();
      if (Object.hasOwn(out, key)) {
        this.i = keyAt;
        throw new JsonSyntaxError(`Duplicate key '${key}' encountered at position ${keyAt}`);
      }
      this.ws();
      if (this.s.charCodeAt(this.i++) !== 0x3a) return this.i--, this.fail("':'");
      this.ws();
      // defineProperty: a key "__proto__" must become data, not the object's prototype.
      if (key === '__proto__') Object.defineProperty(out, key, { value: this.value(), enumerable: true, writable: true, configurable: true });
      else out[key] = this.value();
      this.ws();
      const c = this.s.charCodeAt(this.i++);
      if (c === 0x7d) return this.depth--, out;
      if (c !== 0x2c) return this.i--, this.fail("',' or '}'");
    }
  }
}

/** The lossless parse of a JSON text (module comment), or why it is not JSON: never throws. */
export function parseJson(text: string): Result<JsonValue> {
  // A UTF-8 BOM is not JSON (RFC 8259 §8.1 says parsers MAY ignore it); editors add it.
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') return err(pithError('json-syntax', 'Expected JSON, got an empty document.'));
  try {
    return ok(new Parser(body).document());
  } catch (e) {
    // Deep nesting overflows the stack: report it as what it is, not as a crash.
    const message = e instanceof JsonSyntaxError ? e.message : e instanceof RangeError ? 'nested too deeply to read' : String(e);
    return err(pithError('json-syntax', `Not valid JSON: ${message}.`));
  }
}
