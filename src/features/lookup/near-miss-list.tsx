/**
 * "Did you mean …", only for records a mirror's alias index knows (core/mirrors/near-miss.ts), so a
 * suggestion always resolves. Indexes are fetched only for text that could be a near miss.
 */
import { useQueries } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { nearMisses, type NearMiss } from '../../core/mirrors/near-miss';
import { aliasIndexQuery } from '../mirrors/mirror-queries';
import { useSettings } from '../settings/settings-store';

/** Text worth looking up near misses for: something pith-like of at least 8 characters. */
function candidate(text: string): boolean {
  return /[A-Z2-7]{8}/i.test(text.replace(/[01890]/g, 'A'));
}

/** The near misses of `text` in every enabled mirror's alias index, one per record, with its number and title where the index has them. */
export function useNearMisses(text: string): (NearMiss & { pithNumber: string; title: string | null })[] {
  const { mirrors } = useSettings();
  const want = candidate(text);
  const results = useQueries({ queries: mirrors.filter((m) => m.enabled && m.aliasIndexUrl).map((m) => ({ ...aliasIndexQuery(m), enabled: want })) });
  if (!want) return [];
  const seen = new Map<string, NearMiss & { pithNumber: string; title: string | null }>();
  for (const r of results) {
    const index = r.data;
    if (!index) continue;
    for (const miss of nearMisses(index, text)) {
      if (seen.has(miss.suffix)) continue;
      const rec = index.records?.find((x) => x.suffix === miss.suffix);
      seen.set(miss.suffix, { ...miss, pithNumber: rec?.pith_number ?? `pith:${miss.suffix.slice(0, 8)}`, title: rec?.title ?? null });
    }
  }
  return [...seen.values()];
}

export function NearMissList({ text }: { text: string }) {
  const misses = useNearMisses(text);
  if (misses.length === 0) return null;
  return (
    <ul className="mt-1 space-y-1 text-sm" data-testid="near-misses" aria-label="Did you mean">
      {misses.map((m) => (
        <li key={m.suffix}>
          Did you mean{' '}
          <Link to="/pith/$id" params={{ id: m.suffix }} className="font-mono text-teal-800 underline underline-offset-2 break-all dark:text-teal-300">
            {m.pithNumber}
          </Link>
          {m.title && <span className="text-slate-700 dark:text-slate-300"> ({m.title})</span>}? <span className="text-xs text-slate-600 dark:text-slate-400">It {m.why}.</span>
        </li>
      ))}
    </ul>
  );
}
