/**
 * "Events and merged state" on a record page (issue 11): the record's open graph bundle and merged
 * state from the mirrors that have them, asked only when the user asks (it needs the network). A
 * dropped bundle or state is its own graph: shown at once, nothing fetched.
 */
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import type { GraphAttempt, GraphAttemptOutcome } from '../../core/graph/fetch-open-graph';
import type { VerifyReport } from '../../core/verify/report-types';
import { useSettings } from '../settings/settings-store';
import { AskMirrorsButton } from '../ui/ask-mirrors-button';
import { Disclosure } from '../ui/disclosure';
import { plural } from '../ui/plural';
import { openGraphQuery, ownGraph } from './graph-query';
import { OpenGraphDetails } from './graph-view';

const OUTCOME: Record<GraphAttemptOutcome, string> = {
  found: 'found',
  'other-record': 'another record’s',
  'not-found': 'not found',
  offline: 'offline',
  unreachable: 'unreachable or blocked by the browser (CORS)',
  timeout: 'timed out',
  'http-error': 'server error',
  'too-large': 'too large',
  'bad-json': 'not readable',
  'wrong-kind': 'wrong kind of document',
};

function Attempts({ attempts }: { attempts: readonly GraphAttempt[] }) {
  return (
    <ol className="space-y-1 text-sm" data-testid="graph-attempts">
      {attempts.map((a, i) => (
        <li key={i} data-what={a.what} data-outcome={a.outcome} className="flex flex-wrap gap-x-2">
          <span className="font-medium">{a.what === 'bundle' ? 'Bundle' : 'State'} · {a.mirrorName}</span>
          <span className={a.outcome === 'other-record' || a.outcome === 'wrong-kind' ? 'text-red-700 dark:text-red-300' : 'text-slate-600 dark:text-slate-400'}>{OUTCOME[a.outcome]}</span>
          <span className="text-slate-600 dark:text-slate-400">— {a.message}</span>
          <span className="font-mono text-xs break-all text-slate-500 dark:text-slate-400">{a.url}</span>
        </li>
      ))}
    </ol>
  );
}

export interface GraphPanelProps {
  readonly report: VerifyReport;
  /** The document as received (a dropped bundle or state is read from it); null when too large. */
  readonly text: string | null;
  /** The mirror that served the record, asked first; null for a file or link. */
  readonly mirrorId: string | null;
}

export function GraphPanel({ report, text, mirrorId }: GraphPanelProps) {
  const { mirrors, userKeys } = useSettings();
  const [asked, setAsked] = useState(false);
  const own = report.kind === 'bundle' || report.kind === 'state';
  const ownView = useMemo(() => (own && text !== null ? ownGraph(report, text, userKeys) : null), [own, report, text, userKeys]);
  const suffix = report.derivation?.suffix ?? report.computedPithNumber?.split(':').pop() ?? null;
  const enabled = mirrors.filter((m) => m.enabled);
  const result = useQuery({ ...openGraphQuery(suffix ?? '', report, mirrors, userKeys, mirrorId), enabled: asked && !own && suffix !== null });
  if (!own && suffix === null) return null;
  const busy = asked && result.isFetching;
  const found = result.data ? [result.data.view.bundle && 'a bundle', result.data.view.state && 'a merged state'].filter(Boolean) : [];
  const view = result.data?.view;
  const failed = view?.checks.filter((c) => c.status === 'fail').length ?? 0;
  const warned = view?.checks.filter((c) => c.status === 'warn').length ?? 0;
  const invalid = view ? [view.bundle?.verdict === 'invalid' && 'the bundle', view.state?.verdict === 'invalid' && 'the merged state'].filter(Boolean) : [];
  const disagree = result.data?.disagreements.length ?? 0;
  const problems = [disagree > 0 && 'the mirrors do not serve the same copies', failed > 0 && plural(failed, 'check') + ' failed', warned > 0 && plural(warned, 'warning'), invalid.length > 0 && `${invalid.join(' and ')} ${invalid.length > 1 ? 'are' : 'is'} invalid here`].filter(Boolean);
  return (
    <section aria-labelledby="graph-heading" className="space-y-2" data-testid="open-graph">
      <h2 id="graph-heading" className="text-lg font-semibold">
        Events and merged state
      </h2>
      <p className="text-sm text-slate-600 dark:text-slate-400">
        {own
          ? `This ${report.kindLabel} is the record’s open graph: its events and claims below, read from the document itself.`
          : 'The record’s open graph bundle (its events) and merged state, from the mirrors that have them. Each is verified here like any record and compared with this one; what nobody outside pith.science can check is listed as unknown, never as valid.'}
      </p>
      {ownView && <OpenGraphDetails view={ownView} />}
      {own && text === null && <p className="text-sm">This document is too large to read its events on the page.</p>}
      {!own && (
        <AskMirrorsButton
          enabledCount={enabled.length}
          asked={asked}
          busy={busy}
          onAsk={() => (asked ? void result.refetch() : setAsked(true))}
          labels={{ first: 'Look up events and merged state', again: 'Look again', busy: 'Looking…', verb: 'look' }}
          describedBy="graph-summary"
        />
      )}
      {!own && (
        <p id="graph-summary" role="status" data-testid="graph-summary" className={failed > 0 || invalid.length > 0 ? 'font-semibold text-red-800 dark:text-red-200' : 'text-sm'}>
          {busy
            ? `Asking ${plural(enabled.length, 'mirror')}…`
            : result.isError
              ? `The mirrors could not be asked: ${result.error.message}`
              : result.data
                ? found.length === 0
                  ? 'No mirror has a bundle or a merged state for this record.'
                  : `Found ${found.join(' and ')}${problems.length > 0 ? `: ${problems.join('; ')}` : ''}.`
                : ''}
        </p>
      )}
      {result.data && result.data.disagreements.length > 0 && (
        <div role="note" className="space-y-1 rounded-md border border-amber-400 bg-amber-50 p-3 text-sm text-amber-950 [overflow-wrap:anywhere] dark:border-amber-600 dark:bg-amber-950 dark:text-amber-100" data-testid="graph-disagreements">
          {result.data.disagreements.map((d) => (
            <p key={d}>
              <span aria-hidden="true">! </span>
              {d}
            </p>
          ))}
        </div>
      )}
      {result.data && found.length > 0 && <OpenGraphDetails view={result.data.view} />}
      {result.data && result.data.attempts.length > 0 && (
        <Disclosure summary={`What each mirror answered (${plural(result.data.attempts.length, 'request')})`} defaultOpen={found.length === 0}>
          <Attempts attempts={result.data.attempts} />
        </Disclosure>
      )}
    </section>
  );
}
