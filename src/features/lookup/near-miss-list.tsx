/**
 * "Did you mean …", only for records a mirror's alias index knows (core/mirrors/near-miss.ts), so a
 * suggestion always resolves. Indexes are fetched only for text that could be a near miss.
 */
import { queryOptions, useQueries, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { AppLink } from '../ui/app-link';
import type { MirrorConfig } from '../../core/mirrors/mirror-config';
import { nearMisses, type NearMiss } from '../../core/mirrors/near-miss';
import { aliasIndexQuery, cachedAliasReader, recordsOf } from '../mirrors/mirror-queries';
import { useSettings } from '../settings/settings-store';

type Suggestion = NearMiss & { pithNumber: string; title: string | null };

/** Text worth looking up near misses for: something pith-like of at least 8 characters. */
function candidate(text: string): boolean {
  return /[A-Z2-7]{8}/i.test(text.replace(/[01890]/g, 'A'));
}

/** One mirror's near misses of `text`, with number and title where its index lists them (a sharded index: at most a shard per key tried). */
function nearMissQuery(client: QueryClient, mirror: MirrorConfig, text: string) {
  return queryOptions({
    queryKey: ['near-miss', mirror.id, mirror.aliasIndexUrl, mirror.baseUrl, text],
    queryFn: async (): Promise<Suggestion[]> => {
      const index = await client.fetchQuery(aliasIndexQuery(mirror));
      const read = cachedAliasReader(client, mirror, index);
      if (!read) return [];
      const records = recordsOf(index);
      return (await nearMisses(read, text)).map((miss) => {
        const rec = records.find((x) => x.suffix === miss.suffix);
        return { ...miss, pithNumber: rec?.pith_number ?? `pith:${miss.suffix.slice(0, 8)}`, title: rec?.title ?? null };
      });
    },
    staleTime: 5 * 60_000,
    retry: false,
  });
}

/** The near misses of `text` in every enabled mirror's alias index, one per record. */
export function useNearMisses(text: string): Suggestion[] {
  const { mirrors } = useSettings();
  const client = useQueryClient();
  const want = candidate(text);
  const results = useQueries({ queries: mirrors.filter((m) => m.enabled && m.aliasIndexUrl).map((m) => ({ ...nearMissQuery(client, m, text), enabled: want })) });
  if (!want) return [];
  const seen = new Map<string, Suggestion>();
  for (const miss of results.flatMap((r) => r.data ?? [])) if (!seen.has(miss.suffix)) seen.set(miss.suffix, miss);
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
          <AppLink href={`/pith/${m.suffix}`} className="font-mono text-teal-800 underline underline-offset-2 break-all dark:text-teal-300">
            {m.pithNumber}
          </AppLink>
          {m.title && <span className="text-slate-700 dark:text-slate-300"> ({m.title})</span>}? <span className="text-xs text-slate-600 dark:text-slate-400">It {m.why}.</span>
        </li>
      ))}
    </ul>
  );
}
