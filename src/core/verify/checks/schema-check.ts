/** `schema`: the document has the shape its kind requires (only present fields are judged). */
import { KIND_LABELS } from '../../documents/detect-kind';
import { formatIssue } from '../../documents/schema-issues';
import type { CheckResult } from '../check-types';
import type { CheckContext } from '../context';

export function schemaCheck({ subject }: CheckContext): CheckResult {
  const label = KIND_LABELS[subject.kind];
  if (subject.schemaIssues.length > 0) {
    const n = subject.schemaIssues.length;
    return {
      id: 'schema',
      status: 'fail',
      reason: `${n} field${n === 1 ? ' is' : 's are'} malformed: ${subject.schemaIssues.slice(0, 3).map(formatIssue).join('; ')}${n > 3 ? '; …' : ''}.`,
      items: subject.schemaIssues.map((i) => ({ label: i.path, status: 'fail', note: i.message })),
    };
  }
  if (subject.unsupported.length > 0) {
    return { id: 'schema', status: 'warn', reason: subject.unsupported.join(' '), items: subject.unsupported.map((u) => ({ label: 'version', status: 'warn', note: u })) };
  }
  return { id: 'schema', status: 'pass', reason: `Every field present has the shape a ${label} requires.` };
}
