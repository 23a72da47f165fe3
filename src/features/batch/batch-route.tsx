/** The batch page at /batch: filter, sort and find read from the URL and written back to it (replaced, not pushed). */
import { useCallback, useMemo, type ReactNode } from 'react';
import { navigate, searchString } from '../ui/navigation';
import { BatchPage } from './batch-page';
import { searchOfView, viewFromSearch, type BatchView } from './batch-view';

export function BatchRoute({ search, intake }: { search: Readonly<Record<string, string>>; intake: ReactNode }) {
  const view = useMemo(() => viewFromSearch(search), [search]);
  const onView = useCallback((next: BatchView) => navigate(`/batch${searchString(searchOfView(next))}`, { replace: true, resetScroll: false }), []);
  return <BatchPage intake={intake} view={view} onView={onView} />;
}
