/** The deep link for a query: /pith/<SUFFIX>, /arxiv/<id>, /doi/<doi> (docs: README "Routes"). */
import type { Query } from '../../core/query/parse-query';

export function pathForQuery(q: Query): string {
  switch (q.type) {
    case 'pith':
      return `/pith/${q.pith.suffix}`;
    case 'arxiv':
      return `/arxiv/${q.id}${q.version ? `v${q.version}` : ''}`;
    case 'doi':
      return `/doi/${q.doi}`;
  }
}
