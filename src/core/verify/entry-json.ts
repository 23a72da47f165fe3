/**
 * The one JSON shape for verification results, shared by `pith-verify --json` and the app's batch
 * export:
 * {"file","index"?,"kind","pith_number","title","verdict","headline","checks":[{"id","status","code","reason","claimed"?,"computed"?}],"bindings"?,"error"?}
 * `claimed` is what the document states and `computed` what the verifier computed or read from the
 * canonical record, everywhere.
 */
import type { PithError } from '../errors';
import type { CheckCode, CheckId, CheckStatus, Verdict } from './check-types';
import { headlineText } from './headline-text';
import type { Binding } from './report-types';
import type { VerifyEntry } from './verify-document';

export interface EntryJson {
  file: string;
  index?: number;
  kind: string;
  pith_number: string | null;
  title?: string | null;
  /** 'not-a-record': pith data with nothing to verify (a mirror manifest, a graph snapshot), read and named in `error`. */
  verdict: Verdict | 'unreadable' | 'not-a-record';
  headline?: string;
  checks: { id: CheckId; status: CheckStatus; code: CheckCode; reason: string; claimed?: string; computed?: string }[];
  /** The binding of each shown field, by field id (README "How verification works"). */
  bindings?: Record<string, Binding>;
  error?: Pick<PithError, 'code' | 'message'>;
}

/**
 * The verdict of an entry that has no report: `not-a-record` for pith data with nothing to verify (a
 * mirror manifest, a graph snapshot: verify-document.ts's `not-a-record` error), else `unreadable`.
 * The batch table's rows and this JSON say the same.
 */
export function verdictWithoutReport(code: PithError['code'] | undefined): 'unreadable' | 'not-a-record' {
  return code === 'not-a-record' ? 'not-a-record' : 'unreadable';
}

/** One entry of `pith-verify --json` (and the batch export) for one verified or unreadable document. */
export function entryToJson(file: string, entry: VerifyEntry): EntryJson {
  const base = entry.index === null ? { file } : { file, index: entry.index };
  if (!entry.report) {
    const verdict = verdictWithoutReport(entry.error?.code);
    return { ...base, kind: verdict === 'not-a-record' ? 'not a record' : 'unreadable', pith_number: null, verdict, checks: [], error: { code: entry.error?.code ?? 'read-error', message: entry.error?.message ?? 'unknown error' } };
  }
  const r = entry.report;
  return {
    ...base,
    kind: r.kind,
    pith_number: r.pithNumber,
    title: r.title,
    verdict: r.verdict,
    headline: headlineText(r.headline),
    checks: r.checks.map((c) => ({
      id: c.id,
      status: c.status,
      code: c.code,
      reason: c.reason,
      ...(c.claimed !== undefined ? { claimed: c.claimed } : {}),
      ...(c.computed !== undefined ? { computed: c.computed } : {}),
    })),
    bindings: Object.fromEntries(Object.values(r.fields).map((f) => [f.id, f.binding])),
  };
}
