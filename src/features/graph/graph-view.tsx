/**
 * The open graph of a record as the core read it (src/core/graph/open-graph.ts): its checks, the
 * bundle's events as a timeline, the merged state's counts as claims, and what is not checkable.
 * Nothing here decides: every status, standing and word of trust comes from the view.
 */
import type { SignerStanding, SubjectStanding } from '../../core/graph/graph-events';
import type { GraphCheck, GraphDocumentView, GraphEvent, OpenGraphView } from '../../core/graph/open-graph';
import { Tag } from '../ui/tag';
import { UnknownsList } from '../ui/unknowns-list';
import { STATUS_CLASS, STATUS_ICON, STATUS_WORD, VERDICT_ICON, VERDICT_WORD } from '../ui/status-style';
import { formatCount } from '../../core/text/format-count';

const SIGNER: Record<SignerStanding, string> = {
  'keyring-key': 'names a keyring key (only a name: the signature is not checkable)',
  'other-key': 'names a keyring key id with ANOTHER key’s fingerprint',
  'no-fingerprint': 'names a keyring key id with no fingerprint',
  'unknown-key': 'key id not in your keyring',
  malformed: 'no key id that can be read',
  none: 'no signer named',
};

const SUBJECT: Record<SubjectStanding, string | null> = {
  record: null,
  short: 'a short number only',
  other: 'another record',
  malformed: 'not a pith number',
  none: null,
};

function CheckRow({ check }: { check: GraphCheck }) {
  return (
    <li data-graph-check={check.id} data-status={check.status} className="space-y-1 text-sm">
      <p className="flex flex-wrap items-baseline gap-2">
        <span className={`rounded px-1.5 py-0.5 text-xs font-semibold ring-1 ring-inset ${STATUS_CLASS[check.status]}`}>
          <span aria-hidden="true">{STATUS_ICON[check.status]}</span> {STATUS_WORD[check.status]}
        </span>
        <strong>{check.title}</strong>
      </p>
      <p className="text-slate-700 dark:text-slate-300">{check.message}</p>
      {check.status === 'fail' && (check.claimed !== null || check.computed !== null) && (
        <dl className="grid gap-x-3 font-mono text-xs break-all sm:grid-cols-[auto_1fr]">
          {check.claimed !== null && (
            <>
              <dt className="font-sans text-slate-600 dark:text-slate-400">stated there</dt>
              <dd>{check.claimed}</dd>
            </>
          )}
          {check.computed !== null && (
            <>
              <dt className="font-sans text-slate-600 dark:text-slate-400">this record</dt>
              <dd>{check.computed}</dd>
            </>
          )}
        </dl>
      )}
    </li>
  );
}

function EventItem({ e, unnamed = '(no event_type)' }: { e: GraphEvent; unnamed?: string }) {
  const bad = e.flagged;
  return (
    <li data-event-index={e.index} data-signer={e.signerStanding} data-subject={e.subjectStanding} className={`space-y-1 rounded-lg border p-3 text-sm ${bad ? 'border-red-300 bg-red-50 dark:border-red-800 dark:bg-red-950' : 'border-slate-200 dark:border-slate-700'}`}>
      <p className="flex flex-wrap items-baseline gap-x-3">
        <strong className="break-all">{e.eventType ?? unnamed}</strong>
        {e.target !== null && <span className="text-slate-600 dark:text-slate-400">target {e.target}</span>}
        <span className="text-slate-600 dark:text-slate-400">{e.createdAt !== null ? `${e.createdAt} (claimed)` : 'no time stated'}</span>
      </p>
      <dl className="grid gap-x-3 gap-y-0.5 text-xs sm:grid-cols-[auto_1fr]">
        <dt className="text-slate-600 dark:text-slate-400">event_id</dt>
        <dd className="font-mono break-all">{e.eventId ?? '—'} <Tag>not checkable</Tag></dd>
        <dt className="text-slate-600 dark:text-slate-400">subject</dt>
        <dd className="font-mono break-all">
          {e.subject ?? '—'} {SUBJECT[e.subjectStanding] && <strong className={`font-sans ${e.subjectStanding === 'other' ? 'text-red-800 dark:text-red-200' : 'text-amber-800 dark:text-amber-200'}`}>{SUBJECT[e.subjectStanding]}</strong>}
        </dd>
        <dt className="text-slate-600 dark:text-slate-400">signer</dt>
        <dd className="break-all">
          {e.signer ? <span className="font-mono">{[e.signer.keyId, e.signer.fingerprint].filter((x) => x !== null).join(' · ')}</span> : '—'}
          {e.signer && (e.signer.signerId || e.signer.signerType) && <span> ({[e.signer.signerId, e.signer.signerType].filter(Boolean).join(', ')})</span>}
          {' — '}
          <span className={e.signerStanding === 'other-key' ? 'font-semibold text-red-800 dark:text-red-200' : ''}>{SIGNER[e.signerStanding]}</span>
        </dd>
        <dt className="text-slate-600 dark:text-slate-400">at</dt>
        <dd className="font-mono">{e.path}</dd>
      </dl>
    </li>
  );
}

function Source({ what, doc }: { what: string; doc: GraphDocumentView }) {
  return (
    <p className="text-sm" data-graph-source={what} data-verdict={doc.verdict}>
      <strong>{what}</strong> from <span className="break-all">{doc.source}</span>. Its canonical record{what === 'Bundle' ? ' and receipt' : ''}:{' '}
      <span className={doc.verdict === 'invalid' ? 'font-semibold text-red-800 dark:text-red-200' : ''}>
        <span aria-hidden="true">{VERDICT_ICON[doc.verdict]}</span> {VERDICT_WORD[doc.verdict].toLowerCase()} here
      </span>
      {doc.failed.length > 0 && ` (fails ${doc.failed.join(', ')})`}
      {doc.why !== null && ` (${doc.why})`}. {what === 'Bundle' ? 'Its events are not covered by that: see below.' : 'Its counts are not covered by that: see below.'}
    </p>
  );
}

/** The whole view, under the panel's own heading (h3s inside). */
export function OpenGraphDetails({ view }: { view: OpenGraphView }) {
  const { bundle, state } = view;
  return (
    // Any value here may be one long unbroken string from a mirror: it wraps anywhere rather than widen the page.
    <div className="space-y-4 [overflow-wrap:anywhere]" data-testid="open-graph-view">
      {(bundle?.assembled || state?.assembled) && (
        <p className="rounded border border-amber-300 bg-amber-50 p-2 text-sm text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100" data-testid="graph-assembled">
          {bundle?.assembled && state?.assembled ? 'Both documents say they were' : `The ${bundle?.assembled ? 'bundle' : 'merged state'} says it was`} assembled by pith-explorer as a sample (pith_explorer_provenance), not served by pith.science: nothing in {bundle?.assembled && state?.assembled ? 'them' : 'it'} is pith.science’s word, and its event ids, signers and counts are placeholders.
        </p>
      )}
      {bundle && <Source what="Bundle" doc={bundle} />}
      {state && <Source what="Merged state" doc={state} />}
      <div className="space-y-2">
        <h3 className="font-semibold">Checked here</h3>
        <ul className="space-y-3">
          {view.checks.map((c) => (
            <CheckRow key={c.id} check={c} />
          ))}
        </ul>
      </div>
      {bundle && (
        <div className="space-y-2">
          <h3 className="font-semibold">
            Events ({formatCount(bundle.eventTotal)}, {bundle.order === 'created_at' ? 'oldest first by the time each claims' : 'in the bundle’s order: not every event states a readable time'})
          </h3>
          {bundle.eventTotal === 0 ? (
            <p className="text-sm">The bundle lists no events.</p>
          ) : (
            <ol className="space-y-2" data-testid="graph-events">
              {bundle.events.map((e) => (
                <EventItem key={e.index} e={e} />
              ))}
            </ol>
          )}
          {bundle.eventTotal > bundle.events.length && <p className="text-sm">The first {formatCount(bundle.events.length)} are shown; all {formatCount(bundle.eventTotal)} were read by the checks above (rows a check flags are always listed).</p>}
        </div>
      )}
      {state && (
        <div className="space-y-2" data-testid="state-claims">
          <h3 className="font-semibold">The merged state claims</h3>
          <p className="text-sm text-slate-600 dark:text-slate-400">The counts as this document states them: the merge is not published, so none of them is checked here.</p>
          <dl className="grid grid-cols-2 gap-x-4 gap-y-1 text-sm sm:grid-cols-4">
            {state.counts.map((k) => (
              <div key={k.key} data-count={k.key}>
                <dt className="text-slate-600 dark:text-slate-400">{k.label}</dt>
                <dd>
                  {k.value ?? '—'} <Tag>{k.wellFormed ? 'claimed' : 'not a count'}</Tag>
                </dd>
              </div>
            ))}
          </dl>
          {state.snapshotTotal > 0 && (
            <>
              <p className="text-sm">Graph snapshots it holds ({formatCount(state.snapshotTotal)}):</p>
              <ol className="space-y-2" data-testid="state-snapshots">
                {state.snapshots.map((e) => (
                  <EventItem key={e.index} e={e} unnamed="graph snapshot" />
                ))}
              </ol>
            </>
          )}
        </div>
      )}
      <UnknownsList items={view.unknowns} headingId="graph-unknowns-heading" level={3} testId="graph-unknowns" />
    </div>
  );
}
