/**
 * `schema`: the document has the shape its kind requires (only present fields are judged), in a
 * version this app knows. An unknown schema_version, bundle_version, merge_version or
 * receipt_version fails closed: a warn that caps the verdict at incomplete (its role is `gate`),
 * because checks that depend on the version's meaning cannot be trusted to mean anything.
 */
import { kindWithArticle } from '../../documents/detect-kind';
import { formatIssue } from '../../documents/schema-issues';
import type { CheckOutcome } from '../check-types';
import type { CheckDefinition } from '../check-definition';
import type { CheckContext } from '../context';
import { CHECK_CATALOG } from '../check-catalog';

function run({ subject }: CheckContext): CheckOutcome {
  if (subject.schemaIssues.length > 0) {
    const n = subject.schemaIssues.length;
    return {
      status: 'fail',
      code: 'malformed',
      reason: `${n} field${n === 1 ? ' is' : 's are'} malformed: ${subject.schemaIssues.slice(0, 3).map(formatIssue).join('; ')}${n > 3 ? '; …' : ''}.`,
      items: subject.schemaIssues.map((i) => ({ label: i.path, path: i.path, status: 'fail', code: 'malformed', note: i.message })),
    };
  }
  if (subject.unsupported.length > 0) {
    return {
      status: 'warn',
      code: 'unknown-version',
      reason: `${subject.unsupported.map((u) => u.message).join(' ')} So this record cannot be verified: at most incomplete.`,
      items: subject.unsupported.map((u) => ({ label: u.path, path: u.path, status: 'warn', code: 'unknown-version', claimed: u.value, note: u.message })),
    };
  }
  return { status: 'pass', code: 'match', reason: `Every field present has the shape ${kindWithArticle(subject.kind)} requires, in a version this app knows.` };
}

export const schemaCheck = {
  ...CHECK_CATALOG['schema'],
  run,
  replay: () => [],
} as const satisfies CheckDefinition;
