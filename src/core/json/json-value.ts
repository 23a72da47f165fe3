/**
 * The JSON value model of the core. Numbers keep Python's distinction
 * (FORMAT.md §2): an integer literal is an int (a JS number when it is a safe
 * integer, a bigint beyond 2^53 so no digit is lost), anything with a fraction
 * or exponent is a float and keeps its literal text, because Python would
 * re-print it (`1.0`, `1e-07`) and JavaScript would not.
 */
export class JsonFloat {
  /** The literal as written in the source document, e.g. `1.0`, `1E5`. */
  readonly literal: string;
  constructor(literal: string) {
    this.literal = literal;
  }
  get value(): number {
    return Number(this.literal);
  }
  toJSON(): number {
    return this.value;
  }
}

export type JsonValue =
  | null
  | boolean
  | string
  | number
  | bigint
  | JsonFloat
  | JsonValue[]
  | { [key: string]: JsonValue };

export type JsonObject = { [key: string]: JsonValue };

/** True for a JSON object (not an array, null or a float literal). */
export function isJsonObject(v: unknown): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof JsonFloat);
}

/** `a.b[0].c` style path for messages. */
export function joinPath(path: readonly (string | number)[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(part)) out += out === '' ? part : `.${part}`;
    else out += `[${JSON.stringify(part)}]`;
  }
  return out === '' ? '(root)' : out;
}
