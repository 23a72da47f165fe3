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

/** zod issues as path + message pairs, the path prefixed with where the schema was applied. */
export function toSchemaIssues(issues: readonly z.core.$ZodIssue[], prefix: readonly (string | number)[] = []): SchemaIssue[] {
  return issues.map((issue) => {
    const path = joinPath([...prefix, ...(issue.path as (string | number)[])]);
    const message =
      issue.code === 'invalid_type'
        ? describeInvalidType(String(issue.expected), issue.message)
        : issue.message.replace(/^Invalid input: /, '').replace(/received/g, 'got');
    return { path, message };
  });
}

/** One schema issue in words: "path: message". */
export function formatIssue(i: SchemaIssue): string {
  return `${i.path}: ${i.message}`;
}
