/**
 * Errors are plain data with a closed set of codes (never bare strings), so the
 * UI, CLI, reports and tests can all switch on `code`.
 */
export type PithErrorCode =
  | 'json-syntax'
  | 'not-json'
  | 'not-utf8'
  | 'no-records'
  | 'unknown-document'
  | 'not-a-record'
  | 'unsupported-version'
  | 'schema'
  | 'not-canonicalizable'
  | 'bad-pith-number'
  | 'bad-query'
  | 'read-error'
  | 'too-large'
  /** The verifier itself failed on this input (a bug, never a verdict): said, and the run goes on. */
  | 'internal-error';

export interface PithError {
  readonly code: PithErrorCode;
  /** One sentence a person can act on: what was expected, what was found. */
  readonly message: string;
  /** JSON path of the offending value, e.g. `canonical_record.metadata.license`. */
  readonly path?: string;
}

/** A PithError, with a path only when one is given. */
export function pithError(code: PithErrorCode, message: string, path?: string): PithError {
  return path === undefined ? { code, message } : { code, message, path };
}

/** A result type for operations that can fail with data, not exceptions. */
export type Result<T, E = PithError> = { ok: true; value: T } | { ok: false; error: E };

export const ok = <T>(value: T): Result<T, never> => ({ ok: true, value });
export const err = <E>(error: E): Result<never, E> => ({ ok: false, error });
