/**
 * A part of a document a check needs: present (and well-formed), absent (the
 * check skips: records in the wild are partial), or malformed (the `schema`
 * check fails, and checks that need it skip, pointing at schema), or of a
 * version this app does not know (checks that need its meaning skip).
 */
import { isJsonObject, joinPath, type JsonValue } from '../json/json-value';
import { boundedParse, tooManyIssues, toSchemaIssues, type DocSchema, type SchemaIssue } from './schema-issues';
import type { v } from './valibot';

export type Section<T> =
  | { readonly state: 'present'; readonly value: T; readonly path: string }
  | { readonly state: 'absent'; readonly path: string }
  | { readonly state: 'malformed'; readonly path: string }
  | { readonly state: 'unsupported'; readonly path: string; readonly reason: string };

/** The value at a path of own properties only (a key like "constructor" never reaches a prototype), or undefined. */
export function getIn(doc: JsonValue, path: readonly (string | number)[]): JsonValue | undefined {
  let cur: JsonValue | undefined = doc;
  for (const key of path) {
    if (typeof key === 'number') {
      if (!Array.isArray(cur)) return undefined;
      cur = cur[key];
    } else {
      if (!isJsonObject(cur) || !Object.hasOwn(cur, key)) return undefined;
      cur = cur[key];
    }
  }
  return cur;
}

/**
 * Reads `path` of `doc` through `schema`, collecting any issues into `issues`.
 * `validated`: the whole document already passed a schema that includes this
 * one, so the value is taken as it is (validating twice is most of the cost
 * of verifying a record in a batch). `where`: joinPath(path), when the caller has it already.
 */
export function section<S extends DocSchema>(
  doc: JsonValue,
  path: readonly (string | number)[],
  schema: S,
  issues: SchemaIssue[],
  validated = false,
  where = joinPath(path),
): Section<v.InferOutput<S>> {
  const raw = getIn(doc, path);
  if (raw === undefined || raw === null) return { state: 'absent', path: where };
  if (validated) return { state: 'present', value: raw as v.InferOutput<S>, path: where };
  const parsed = boundedParse(schema, raw);
  if (parsed === null) {
    issues.push(tooManyIssues(where));
    return { state: 'malformed', path: where };
  }
  if (parsed.success) return { state: 'present', value: parsed.output, path: where };
  issues.push(...toSchemaIssues(parsed.issues, path));
  return { state: 'malformed', path: where };
}

/** The value of a present section, else undefined. */
export function present<T>(s: Section<T>): T | undefined {
  return s.state === 'present' ? s.value : undefined;
}
