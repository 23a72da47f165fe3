/**
 * Turns the schema library's issues (valibot, through valibot.ts) into plain, path-first messages:
 * "paper.title: expected string, got number".
 */
import { JsonFloat, joinPath } from '../json/json-value';
import { v } from './valibot';
import { formatCount } from '../text/format-count';

export interface SchemaIssue {
  readonly path: string;
  readonly message: string;
}

/** What a JSON value is, in words: what an issue says it got. */
export function describeJson(input: unknown): string {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'array';
  if (input instanceof JsonFloat) return 'a float';
  if (typeof input === 'bigint') return 'an integer beyond 2^53';
  return typeof input;
}

/** valibot's word for an expected type, as these messages say it (its objects and arrays are capitalised). */
function expectedWord(issue: v.BaseIssue<unknown>): string {
  // A schema given a message names what it expects with it (valibot.ts policy); else valibot's own word.
  if (!issue.message.startsWith('Invalid ')) return issue.message;
  const e = issue.expected ?? 'something else';
  return e === 'Object' ? 'object' : e === 'Array' ? 'array' : e.replace(/^\((.*)\)$/, '$1').replaceAll(' | ', ' or ');
}

/** One issue's message: a missing key, a value of the wrong type, or a value that fails a rule (whose message is ours). */
function issueMessage(issue: v.BaseIssue<unknown>): string {
  if (issue.kind !== 'schema') return issue.message;
  // A required key that is absent: valibot reports the object's issue at the key's path.
  if (issue.type.endsWith('object') && issue.input === undefined) return 'missing (a required field)';
  const expected = expectedWord(issue);
  // The parser gives a bigint for an integer past 2^53 (json-value.ts); no count or version is one.
  if (expected === 'integer' && typeof issue.input === 'bigint') return 'expected an integer below 2^53, got a larger one';
  return `expected ${expected}, got ${describeJson(issue.input)}`;
}

/** Stated limit: issues listed for one schema check; the rest are counted in one more issue. */
export const MAX_LISTED_ISSUES = 100;

/**
 * A schema check that ran out of stack (zod, before valibot, spread every issue of a large array into
 * one call, so 200,000 malformed events overflowed it; a deep enough document may still): one issue
 * saying so, never a crash (issue 11 review).
 */
export function tooManyIssues(path: string): SchemaIssue {
  return { path: path || '(document)', message: 'too many malformed parts to check one by one; expected the shape FORMAT.md gives' };
}

/** Any schema of the core's documents. */
export type DocSchema = v.GenericSchema<unknown, unknown>;

/** `v.safeParse(schema, raw)`, or null when the schema library ran out of stack on it (see tooManyIssues). */
export function boundedParse<S extends DocSchema>(schema: S, raw: unknown): v.SafeParseResult<S> | null {
  try {
    return v.safeParse(schema, raw);
  } catch (e) {
    if (e instanceof RangeError) return null;
    throw e;
  }
}

/** Issues as path + message pairs, the path prefixed with where the schema was applied; at most MAX_LISTED_ISSUES, then a count. */
export function toSchemaIssues(issues: readonly v.BaseIssue<unknown>[], prefix: readonly (string | number)[] = []): SchemaIssue[] {
  const listed = issues.slice(0, MAX_LISTED_ISSUES).map((issue) => {
    const keys = (issue.path ?? []).map((item) => item.key as string | number);
    return { path: joinPath([...prefix, ...keys]), message: issueMessage(issue) };
  });
  if (issues.length > MAX_LISTED_ISSUES) listed.push({ path: joinPath(prefix) || '(document)', message: `and ${formatCount(issues.length - MAX_LISTED_ISSUES)} more problems like these, not listed` });
  return listed;
}

/** One schema issue in words: "path: message". */
export function formatIssue(i: SchemaIssue): string {
  return `${i.path}: ${i.message}`;
}
