/** The compute page at /compute: the fields read from the URL and written back to it as they are typed (replaced, not pushed). */
import { useCallback, useMemo } from 'react';
import { navigate, searchString } from '../ui/navigation';
import { ComputePage } from './compute-page';
import { searchOfValues, valuesFromSearch, type ComputeValues } from './compute-search';

export function ComputeRoute({ search }: { search: Readonly<Record<string, string>> }) {
  const initial = useMemo(() => valuesFromSearch(search), [search]);
  const onCommit = useCallback((values: ComputeValues) => navigate(`/compute${searchString(searchOfValues(values))}`, { replace: true, resetScroll: false }), []);
  return <ComputePage initial={initial} onCommit={onCommit} />;
}
