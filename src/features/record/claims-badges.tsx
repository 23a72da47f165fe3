/**
 * What the server says about its own record (`verification_status`,
 * `attestation_state`): shown as claims in a neutral style, never with the
 * pass/fail colours of this browser's checks (docs/UX.md #3).
 */
import { useId, useMemo } from 'react';
import { readRecord, type ClaimValue } from './read-record';

export interface ClaimsBadgesProps {
  doc: unknown;
}

const FLAG_LABELS: Readonly<Record<string, string>> = {
  content_addressed: 'Content addressed',
  pith_receipt: 'Pith receipt',
  author_attested: 'Author attested',
  weak_author_claims: 'Weak author claims',
  strong_author_claims: 'Strong author claims',
  externally_anchored: 'Externally anchored',
  storage_verified: 'Storage verified',
  citation_signatures: 'Citation signatures',
  replication_records: 'Replication records',
  graph_snapshot: 'Graph snapshot',
  references_resolved: 'References resolved',
  formal_links_present: 'Formal links present',
};

function label(key: string): string {
  return Object.hasOwn(FLAG_LABELS, key) ? FLAG_LABELS[key]! : key.replace(/_/g, ' ');
}

/** The value exactly as served: `true`, `false`, `0`, a string, or `null`. */
function shown(v: ClaimValue): string {
  return typeof v === 'string' ? v : String(v);
}

function Claim({ name, code, value }: { name: string; code: string; value: string }) {
  return (
    <li
      data-claim={code}
      className="inline-flex items-center gap-1.5 rounded-full border border-slate-300 bg-white px-2.5 py-0.5 text-xs text-slate-800 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-200"
      title={`The server claims ${code} = ${value}; not checked in this browser`}
    >
      <span aria-hidden="true">❝</span>
      <span className="font-semibold uppercase tracking-wide text-slate-500 dark:text-slate-400">claim</span>
      <span>{name}:</span>
      <code className="font-semibold">{value}</code>
    </li>
  );
}

export function ClaimsBadges({ doc }: ClaimsBadgesProps) {
  const headingId = useId();
  const v = useMemo(() => readRecord(doc), [doc]);
  const flags = v.verificationStatus ?? [];
  const none = flags.length === 0 && v.attestationState === null;
  return (
    <section aria-labelledby={headingId} className="space-y-2 text-slate-900 dark:text-slate-100">
      <h3 id={headingId} className="text-sm font-semibold">
        Claimed by the server
      </h3>
      <p className="text-xs text-slate-600 dark:text-slate-400">
        These are the server’s own claims about this record, copied as served. They were not checked in this browser; the checks above say what was.
      </p>
      {none ? (
        <p className="text-sm text-slate-600 italic dark:text-slate-400">The server made no claims.</p>
      ) : (
        <ul className="flex flex-wrap gap-1.5" aria-label="Server claims">
          {v.attestationState !== null && <Claim name="Attestation state" code="attestation_state" value={v.attestationState} />}
          {flags.map((f) => (
            <Claim key={f.key} name={label(f.key)} code={f.key} value={shown(f.value)} />
          ))}
        </ul>
      )}
    </section>
  );
}
