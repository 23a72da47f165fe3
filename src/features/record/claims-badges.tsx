/**
 * What the server says about its own record (`verification_status`,
 * `attestation_state`): shown as claims in a neutral style, never with the
 * pass/fail colours of this browser's checks (docs/UX.md #3).
 */
import { visibleText } from '../../core/text/visible-text';
import { useId } from 'react';
import type { RecordDetail } from '../../core/verify/report-types';

export interface ClaimsBadgesProps {
  /** The server's claims as the core read them (report.detail.serverClaims). */
  claims: RecordDetail['serverClaims'];
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

/** A known flag by its name; any other key quoted as the server wrote it, controls shown, cut to 60 characters (a key once read "✓ Verified — signature checked in this browser"). */
function label(key: string): string {
  return Object.hasOwn(FLAG_LABELS, key) ? FLAG_LABELS[key]! : `“${visibleText(key, 60)}”`;
}

function Claim({ name, code, value }: { name: string; code: string; value: string }) {
  return (
    <li
      data-claim={code}
      className="inline-flex items-center gap-1.5 rounded-full border border-slate-300 bg-white px-2.5 py-0.5 text-xs text-slate-800 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-200"
      title={`The server claims ${visibleText(code, 60)} = ${visibleText(value, 60)}; not checked in this browser`}
    >
      <span aria-hidden="true">❝</span>
      <span className="font-semibold uppercase tracking-wide text-slate-500 dark:text-slate-400">claim</span>
      <span>{name}:</span>
      <code className="font-semibold">{visibleText(value, 60)}</code>
    </li>
  );
}

export function ClaimsBadges({ claims }: ClaimsBadgesProps) {
  const headingId = useId();
  const none = claims.length === 0;
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
          {claims.map((f) => (
            <Claim key={f.key} name={f.key === 'attestation_state' ? 'Attestation state' : label(f.key)} code={f.key} value={f.value} />
          ))}
        </ul>
      )}
    </section>
  );
}
