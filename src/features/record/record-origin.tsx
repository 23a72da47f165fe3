/** Where this record came from: which mirror answered (and why others did not), or which file. */
import { AttemptsList } from '../mirrors/attempts-list';
import type { Attempt } from '../../core/mirrors/resolve-record';
import { Disclosure } from '../ui/disclosure';
import type { RecordDetail } from '../../core/verify/report-types';
import { Tag } from '../ui/tag';
import { ORIGIN_CLASS, ORIGIN_NOTE_CLASS, ORIGIN_URL_CLASS, originTag } from './record-header-style';

export type RecordOrigin =
  | { readonly type: 'mirror'; readonly mirrorName: string; readonly url: string; readonly attempts: readonly Attempt[]; readonly note: string | null; readonly understood: string }
  | { readonly type: 'file'; readonly name: string; readonly index: number | null }
  | { readonly type: 'link' };

export function OriginLine({ origin, provenance }: { origin: RecordOrigin; provenance: RecordDetail['provenance'] }) {
  return (
    <div className={ORIGIN_CLASS} data-testid="record-origin">
      {origin.type === 'mirror' ? (
        <>
          <p>
            <Tag>{originTag(origin.url)}</Tag> Fetched from <strong>{origin.mirrorName}</strong> <span className={ORIGIN_URL_CLASS}>{origin.url}</span> for {origin.understood}.
          </p>
          {origin.note && <p className={ORIGIN_NOTE_CLASS}>Note: {origin.note}.</p>}
          {(origin.attempts.length > 1 || origin.attempts.some((a) => a.outcome !== 'found')) && (
            <Disclosure summary={`${origin.attempts.length} mirror answers (why the others did not serve it)`} defaultOpen={origin.attempts.some((a) => a.outcome === 'invalid' || a.outcome === 'wrong-record')}>
              <AttemptsList attempts={origin.attempts} />
            </Disclosure>
          )}
        </>
      ) : origin.type === 'link' ? (
        <p>
          <Tag title="Verified in this browser; no server was asked">local</Tag> From a shared link: the record travelled in the link itself (after #) and was verified here; no server was asked.
        </p>
      ) : (
        <p>
          <Tag title="Verified in this browser; no server was asked">local</Tag> From file <strong className="font-mono">{origin.name}</strong>
          {origin.index !== null ? ` (entry ${origin.index})` : ''}, not fetched: nothing was sent over the network.
        </p>
      )}
      {provenance?.built && (
        <p className="rounded border border-amber-300 bg-amber-50 p-2 text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100" data-testid="built-record">
          Built record: {provenance.note ?? 'assembled from recovered data, not served by pith.science.'} Missing: {provenance.missing.join(', ') || 'nothing'}.
        </p>
      )}
    </div>
  );
}
