/**
 * The canonical JSON of pith.science (FORMAT.md §2): exactly the bytes of Python 3's
 *   json.dumps(x, sort_keys=True, separators=(',', ':'), ensure_ascii=False).encode('utf-8')
 * for the x that json.loads would return for the same document. Not RFC 8785 and not JSON.stringify.
 *
 * A value Python could not turn into those bytes is an error ('not-canonicalizable'), never a
 * best guess: a wrong hash would look like a forged record.
 *
 * @module canonical-json
 */
import { utf8 } from '../bytes';
import { pithError, type PithError, type Result, ok, err } from '../errors';
import { JsonFloat, joinPath, type JsonValue } from './json-value';
import { pythonFloatRepr } from './python-float-repr';

export interface Canonical {
  /** The canonical text; `bytes` is its UTF-8 encoding. */
  text: string;
  bytes: Uint8Array;
  /** Paths (joinPath) of the floats written; a record holding one is not one pith has published (§2). */
  floatPaths: string[];
  /** Paths of the integers beyond 2^53 written (exactly, as Python would); pith has published none either (§2). */
  bigIntPaths: string[];
}

/** Why no canonical bytes exist for a value: what Python itself would refuse or not do reliably. */
export type CanonicalFailure = 'lone-surrogate' | 'too-deep' | 'integer-too-long' | 'non-finite' | 'not-json-value';

/** A refusal, with its reason as data (the message says it for people). */
export type CanonicalError = PithError & { readonly reason: CanonicalFailure };

/**
 * Python 3.11+ refuses int <-> str conversion beyond 4300 digits (sys.get_int_max_str_digits(),
 * "Integer string conversion length limitation" in the Python docs): json.loads raises on such a
 * literal, so no canonical bytes exist for it. The sign is not counted.
 */
const PYTHON_INT_MAX_STR_DIGITS = 4300;

/**
 * Python's json recursion is bounded by sys.getrecursionlimit() (1000 frames), so how deep a
 * document can nest depends on the caller's stack. Up to this depth Python always succeeds;
 * deeper is reported as not checkable rather than guessed. It also stops cycles.
 */
const MAX_DEPTH = 900;

// Python's json encoder (Lib/json/encoder.py ESCAPE_DCT, c_encode_basestring): the two-character
// escapes, every other control character as \u00XX in lower-case hex; DEL, '/' and non-ASCII raw.
const ESCAPES: string[] = [];
for (let c = 0; c < 0x20; c++) ESCAPES[c] = `\\u${c.toString(16).padStart(4, '0')}`;
ESCAPES[0x08] = '\\b';
ESCAPES[0x09] = '\\t';
ESCAPES[0x0a] = '\\n';
ESCAPES[0x0c] = '\\f';
ESCAPES[0x0d] = '\\r';
ESCAPES[0x22] = '\\"';
ESCAPES[0x5c] = '\\\\';

/** One regex test per string; most strings (ASCII ids, dates, hex) take the fast path. */
// eslint-disable-next-line no-control-regex -- control characters are what must be escaped
const NEEDS_WORK = /["\\\u0000-\u001f\ud800-\udfff]/;
const HAS_SURROGATE = /[\ud800-\udfff]/;

interface State {
  out: string;
  floatPaths: string[];
  bigIntPaths: string[];
  path: (string | number)[];
  containers: object[];
}

/** Python-canonical JSON of `value` and its UTF-8 bytes (FORMAT.md §2), or why it has none. */
export function canonicalJson(value: JsonValue): Result<Canonical, CanonicalError> {
  const c = canonicalText(value);
  return c.ok ? ok({ ...c.value, bytes: utf8(c.value.text) }) : c;
}

/** canonicalJson without the UTF-8 bytes, for callers that only hash them (sha256Utf8). */
export function canonicalText(value: JsonValue): Result<Omit<Canonical, 'bytes'>, CanonicalError> {
  const state: State = { out: '', floatPaths: [], bigIntPaths: [], path: [], containers: [] };
  const error = write(value, state);
  if (error) return err(error);
  return ok({ text: state.out, floatPaths: state.floatPaths, bigIntPaths: state.bigIntPaths });
}

function fail(state: State, reason: CanonicalFailure, message: string): CanonicalError {
  return { ...pithError('not-canonicalizable', message, joinPath(state.path)), reason };
}

function write(v: unknown, state: State): CanonicalError | undefined {
  switch (typeof v) {
    case 'string': {
      const quoted = quote(v);
      if (typeof quoted !== 'string') return fail(state, 'lone-surrogate', loneSurrogateMessage('string', v, quoted));
      state.out += quoted;
      return undefined;
    }
    case 'number':
      return Number.isInteger(v) ? writeInteger(v, state) : writeFloat(v, state);
    case 'bigint':
      return writeInteger(v, state);
    case 'boolean':
      state.out += v ? 'true' : 'false';
      return undefined;
    case 'object':
      if (v === null) {
        state.out += 'null';
        return undefined;
      }
      if (v instanceof JsonFloat) return writeFloat(v.value, state);
      return writeContainer(v, state);
    default:
      return fail(state, 'not-json-value', `Expected a JSON value, found ${typeof v}.`);
  }
}

function writeInteger(v: number | bigint, state: State): CanonicalError | undefined {
  // Number -> string would use exponent notation from 1e21 on; Python writes every digit.
  // `-0` as an integer is Python's int 0.
  const digits = typeof v === 'bigint' || Math.abs(v) >= 1e21 ? BigInt(v).toString() : String(v === 0 ? 0 : v);
  if (digits.length - (digits.charCodeAt(0) === 0x2d ? 1 : 0) > PYTHON_INT_MAX_STR_DIGITS) {
    return fail(
      state,
      'integer-too-long',
      `Integer has more than ${PYTHON_INT_MAX_STR_DIGITS} digits; Python's json.loads refuses it (sys.get_int_max_str_digits()).`,
    );
  }
  if (typeof v === 'bigint' || !Number.isSafeInteger(v)) state.bigIntPaths.push(joinPath(state.path));
  state.out += digits;
  return undefined;
}

function writeFloat(x: number, state: State): CanonicalError | undefined {
  if (!Number.isFinite(x)) {
    // e.g. the literal 1e400: Python reads inf and json.dumps writes `Infinity`, which is not JSON.
    return fail(state, 'non-finite', `Float ${x} is not finite; Python would write ${x > 0 ? 'Infinity' : x < 0 ? '-Infinity' : 'NaN'}, which is not JSON.`);
  }
  state.floatPaths.push(joinPath(state.path));
  state.out += pythonFloatRepr(x);
  return undefined;
}

function writeContainer(v: object, state: State): CanonicalError | undefined {
  if (state.containers.length >= MAX_DEPTH) {
    return fail(
      state,
      state.containers.includes(v) ? 'not-json-value' : 'too-deep',
      state.containers.includes(v)
        ? 'Value contains a cycle.'
        : `Nested more than ${MAX_DEPTH} levels deep; Python's json recursion limit makes that environment-dependent.`,
    );
  }
  state.containers.push(v);
  const error = Array.isArray(v) ? writeArray(v, state) : writeObject(v, state);
  state.containers.pop();
  return error;
}

function writeArray(a: readonly unknown[], state: State): CanonicalError | undefined {
  state.out += '[';
  // An index loop, not forEach: holes in a sparse array read as undefined and are reported.
  for (let i = 0; i < a.length; i++) {
    if (i > 0) state.out += ',';
    state.path.push(i);
    const error = write(a[i], state);
    if (error) return error;
    state.path.pop();
  }
  state.out += ']';
  return undefined;
}

function writeObject(o: object, state: State): CanonicalError | undefined {
  const proto: unknown = Object.getPrototypeOf(o);
  // Plain objects only (from any realm): a Date, Map or Uint8Array is not a JSON object.
  if (proto !== null && Object.getPrototypeOf(proto) !== null) {
    const name = (o as { constructor?: { name?: unknown } }).constructor?.name;
    return fail(state, 'not-json-value', `Expected a JSON value, found ${typeof name === 'string' && name !== '' ? name : 'an object'}.`);
  }
  const record = o as Record<string, unknown>;
  const keys = Object.keys(record).sort();
  // sort() orders by UTF-16 code unit; Python sorts str by code point. The two differ only when
  // a surrogate (a character above U+FFFF) meets U+E000..U+FFFF, so re-sort only then.
  for (const key of keys) {
    if (HAS_SURROGATE.test(key)) {
      keys.sort(compareCodePoints);
      break;
    }
  }
  state.out += '{';
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    if (i > 0) state.out += ',';
    state.path.push(key);
    const quoted = quote(key);
    if (typeof quoted !== 'string') return fail(state, 'lone-surrogate', loneSurrogateMessage('key', key, quoted));
    state.out += quoted + ':';
    const error = write(record[key], state);
    if (error) return error;
    state.path.pop();
  }
  state.out += '}';
  return undefined;
}

/** Code point order for well-formed UTF-16 strings (lone surrogates are rejected later anyway). */
export function compareCodePoints(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    let x = a.charCodeAt(i);
    let y = b.charCodeAt(i);
    if (x === y) continue;
    // At the first difference, a surrogate stands for a code point above every BMP one.
    if (x >= 0xd800 && y >= 0xd800) {
      x = x < 0xe000 ? x + 0x10000 : x;
      y = y < 0xe000 ? y + 0x10000 : y;
    }
    return x - y;
  }
  return a.length - b.length;
}

/** The quoted string, or the index of a lone surrogate (Python's .encode('utf-8') raises on it). */
function quote(s: string): string | number {
  if (!NEEDS_WORK.test(s)) return `"${s}"`;
  let out = '"';
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x20 && c !== 0x22 && c !== 0x5c && (c < 0xd800 || c > 0xdfff)) continue;
    if (c >= 0xd800) {
      const next = s.charCodeAt(i + 1);
      if (c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        i++;
        continue;
      }
      return i;
    }
    out += s.slice(start, i) + ESCAPES[c]!;
    start = i + 1;
  }
  return out + s.slice(start) + '"';
}

function loneSurrogateMessage(what: 'string' | 'key', s: string, index: number): string {
  const unit = s.charCodeAt(index).toString(16).toUpperCase();
  return (
    `The ${what} holds a lone surrogate U+${unit} at index ${index}; Python's json.dumps keeps it but ` +
    `.encode('utf-8') raises, so the record has no canonical bytes.`
  );
}
