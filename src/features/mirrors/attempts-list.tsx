/** Which mirror answered, and why each other did not (docs/UX.md #1: never blame the wrong thing). */
import type { Attempt, AttemptOutcome } from '../../core/mirrors/resolve-record';

const OUTCOME_WORD: Record<AttemptOutcome, string> = {
  found: 'answered (verified)',
  incomplete: 'incomplete copy',
  'too-large': 'response too large',
  'not-found': 'not found',
  offline: 'offline',
  unreachable: 'unreachable or blocked by the browser (CORS)',
  timeout: 'timed out',
  'http-error': 'server error',
  'bad-json': 'bad JSON',
  'wrong-record': 'wrong record (hostile or broken)',
  'other-record': 'not the record asked for',
  invalid: 'invalid copy',
  'no-index': 'cannot look this up',
  'not-in-index': 'not in its index',
  ambiguous: 'more than one record has it',
};

export function AttemptsList({ attempts }: { attempts: readonly Attempt[] }) {
  if (attempts.length === 0) return null;
  return (
    <ol className="space-y-1 text-sm" data-testid="mirror-attempts">
      {attempts.map((a, i) => (
        <li key={i} data-mirror={a.mirrorId} data-outcome={a.outcome} className="flex flex-wrap gap-x-2">
          <span className="font-medium">{a.mirrorName}</span>
          <span className={a.outcome === 'found' ? 'text-emerald-800 dark:text-emerald-300' : a.outcome === 'wrong-record' || a.outcome === 'invalid' ? 'text-red-700 dark:text-red-300' : 'text-slate-600 dark:text-slate-400'}>
            {OUTCOME_WORD[a.outcome]}
          </span>
          <span className="text-slate-600 dark:text-slate-400">— {a.message}</span>
          {a.ms !== null && <span className="text-xs text-slate-500 dark:text-slate-400">({a.ms} ms)</span>}
          {a.url && <span className="font-mono text-xs break-all text-slate-500 dark:text-slate-400">{a.url}</span>}
        </li>
      ))}
    </ol>
  );
}
