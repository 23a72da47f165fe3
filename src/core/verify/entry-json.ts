/**
 * The one JSON shape for verification results, shared by `pith-verify --json`
 * and the app's batch export:
 * {"file","index"?,"kind","pith_number","verdict","checks":[{"id","status","reason","expected"?,"computed"?}],"error"?}
 */
import type { PithError } from '../errors';
import type { CheckId, CheckStatus, Verdict } from './check-types';
import type { VerifyEntry } from './verify-document';

export interface EntryJson {
  file: string;
  index?: number;
  kind: string;
  pith_number: string | null;
  title?: string | null;
  verdict: Verdict | 'unreadable';
  checks: { id: CheckId; status: CheckStatus; reason: string; expected?: string; computed?: string }[];
  error?: Pick<PithError, 'code' | 'message'>;
}

export function entryToJson(file: string, entry: VerifyEntry): EntryJson {
  const base = entry.index === null ? { file } : { file, index: entry.index };
  if (!entry.report) {
    return { ...base, kind: 'unreadable', pith_number: null, verdict: 'unreadable', checks: [], error: { code: entry.error?.code ?? 'read-error', message: entry.error?.message ?? 'unknown error' } };
  }
  const r = entry.report;
  return {
    ...base,
    kind: r.kind,
    pith_number: r.pithNumber,
    title: r.title,
    verdict: r.verdict,
    checks: r.checks.map((c) => ({
      id: c.id,
      status: c.status,
      reason: c.reason,
      ...(c.expected !== undefined ? { expected: c.expected } : {}),
      ...(c.computed !== undefined ? { computed: c.computed } : {}),
    })),
  };
}
