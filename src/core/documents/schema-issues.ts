/**
 * Turns schema-library issues into plain, path-first messages:
 * "paper.title: expected string, got number".
 */
import type * as z from 'zod/mini';
import { joinPath } from '../json/json-value';

export interface SchemaIssue {
  readonly path: string;
  readonly message: string;
}

function describeInvalidType(expected: string, message: string): string {
  const received = /received (\w+)/.exec(message)?.[1] ?? 'something else';
  if (received === 'undefined') return `missing (expected ${expected})`;
  const got = received === 'object' && expected === 'number' ? 'a float or object' : received;
  return `expected ${expected === 'int' ? 'integer' : expected}, got ${got}`;
}

/** Stated limit: issues listed for one schema check; the rest are counted in one more issue. */
export const MAX_LISTED_ISSUES = 100;

/**
 * A schema check that ran out of stack (zod spreads every issue of a large array into one call, so
 * 200,000 malformed events overflow it): one issue saying so, never a crash (issue 11 review).
 */
export function tooManyIssues(path: string): SchemaIssue {
  return { path: path || '(document)', message: 'too many malformed parts to check one by one; expected the shape FORMAT.md gives' };
}

/** `schema.safeParse(raw)`, or null when the schema library ran out of stack on it (see tooManyIssues). */
export function boundedParse<T>(schema: { safeParse: (v: unknown) => T }, raw: unknown): T | null {
  try {
    return schema.safeParse(raw);
  } catch (e) {
    if (e instanceof RangeError) return null;
    throw e;
  }
}

/** zod issues as path + message pairs, the path prefixed with where the schema was applied; at most MAX_LISTED_ISSUES, then a count. */
export function toSchemaIssues(issues: readonly z.core.$ZodIssue[], prefix: readonly (string | number)[] = []): SchemaIssue[] {
  const listed = issues.slice(0, MAX_LISTED_ISSUES).map((issue) => {
    const path = joinPath([...prefix, ...(issue.path as (string | number)[])]);
    const message =
      issue.code === 'invalid_type'
        ? describeInvalidType(String(issue.expected), issue.message)
        : issue.message.replace(/^Invalid input: /, '').replace(/received/g, 'got');
    return { path, message };
  });
  if (issues.length > MAX_LISTED_ISSUES) listed.push({ path: joinPath(prefix) || '(document)', message: `and ${(issues.length - MAX_LISTED_ISSUES).toLocaleString('en-US')} more problems like these, not listed` });
  return listed;
}

/** One schema issue in words: "path: message". */
export function formatIssue(i: SchemaIssue): string {
  return `${i.path}: ${i.message}`;
}
