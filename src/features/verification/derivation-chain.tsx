/**
 * The derivation shown arrow by arrow (docs/UX.md "ideas"): canonical JSON →
 * SHA-256 → base32 → pith number, each arrow marked with what this browser
 * found when comparing it to the document's claim.
 */
import type { CheckStatus } from '../../core/verify/check-types';
import type { Derivation } from '../../core/verify/report-types';
import { StatusPill } from '../ui/status-pill';

function Arrow({ status, label, testId }: { status: CheckStatus | null; label: string; testId?: string }) {
  return (
    <div className="flex flex-wrap items-center gap-2 py-1 pl-4 text-xs text-slate-600 dark:text-slate-400" data-testid={testId} data-status={status ?? undefined}>
      <span aria-hidden="true">↓</span>
      <span>{label}</span>
      {status && <StatusPill status={status} size="sm" />}
    </div>
  );
}

/** Which digest byte(s) the i-th base32 character's 5 bits come from (RFC 4648 §6). */
function bytesOfChar(i: number): string {
  const a = Math.floor((5 * i) / 8);
  const b = Math.floor((5 * i + 4) / 8);
  return a === b ? `byte ${a}` : `bytes ${a}–${b}`;
}

function Suffix({ base32 }: { base32: string }) {
  return (
    <span className="font-mono break-all">
      {[...base32].map((c, i) => (
        <span
          key={i}
          title={`bits ${5 * i}–${5 * i + 4} of the digest (${bytesOfChar(i)})`}
          className={i < 26 ? (Math.floor((5 * i) / 8) % 2 === 0 ? 'text-teal-700 dark:text-teal-300' : 'text-indigo-700 dark:text-indigo-300') : 'text-slate-400 dark:text-slate-600'}
        >
          {c}
        </span>
      ))}
    </span>
  );
}

/** The core's derivation: each arrow carries its own comparison of this derivation's output with the claim. */
export function DerivationChain({ derivation }: { derivation: Derivation | null }) {
  if (!derivation) {
    return (
      <section aria-labelledby="derivation-heading" className="space-y-2">
        <h2 id="derivation-heading" className="text-lg font-semibold">
          Derivation
        </h2>
        <p className="text-sm text-slate-600 dark:text-slate-400">This document holds no canonical record that could be canonicalised, so the number cannot be derived here; see the checks for what was taken on trust.</p>
      </section>
    );
  }
  return (
    <section aria-labelledby="derivation-heading" className="space-y-1" data-testid="derivation">
      <h2 id="derivation-heading" className="text-lg font-semibold">
        Derivation
      </h2>
      <details className="rounded-lg border border-slate-200 p-3 dark:border-slate-700">
        <summary className="cursor-pointer text-sm">
          Canonical JSON, <span className="font-mono">{derivation.canonicalBytes}</span> bytes <span className="text-slate-500 dark:text-slate-400">(Python json.dumps, sort_keys, compact, UTF-8 — FORMAT.md §2)</span>
        </summary>
        <pre className="mt-2 max-h-48 overflow-auto text-xs whitespace-pre-wrap break-all">{derivation.canonicalJson}</pre>
      </details>
      <Arrow status={derivation.sha256Status} testId="derivation-sha256" label={derivation.claimedSha256 ? 'SHA-256, compared with the claimed canonical_sha256' : 'SHA-256 (the document claims no digest to compare with)'} />
      <div className="rounded-lg border border-slate-200 p-3 font-mono text-xs break-all dark:border-slate-700">
        {derivation.sha256Hex}
        {derivation.sha256Status === 'fail' && <span className="mt-1 block text-red-700 dark:text-red-300">(document claims {derivation.claimedSha256})</span>}
      </div>
      <Arrow status={null} label="RFC 4648 base32 of all 32 bytes; the first 26 characters (130 bits) are the suffix" />
      <div className="rounded-lg border border-slate-200 p-3 text-xs dark:border-slate-700">
        <Suffix base32={derivation.base32} />
      </div>
      <Arrow
        status={derivation.numberStatus}
        testId="derivation-number"
        label={derivation.claimedPithNumber ? `pith:<submitted_at year ${derivation.year ?? '?'}>:<suffix>, compared with the claimed number` : `pith:<submitted_at year ${derivation.year ?? '?'}>:<suffix> (the document claims no number)`}
      />
      <div className="rounded-lg border border-slate-200 p-3 font-mono text-sm break-all dark:border-slate-700">
        {derivation.pithNumber ?? `pith:????:${derivation.suffix}`}
        {derivation.numberStatus === 'fail' && <span className="ml-2 text-red-700 dark:text-red-300">(document says {derivation.claimedPithNumber})</span>}
      </div>
    </section>
  );
}
