/** The page for an address that is no route: what addresses look like, and the box to type one in. */
import { SearchBox } from '../features/lookup/search-box';
import { useDocumentTitle } from '../features/ui/use-document-title';

export function NotFoundPage() {
  useDocumentTitle('No such page');
  return (
    <div className="mx-auto max-w-3xl space-y-3 py-8">
      <h1 className="text-2xl font-semibold">No such page</h1>
      <p>
        Addresses look like <code>/pith/UTTGU3KIYM6JKD6ALUV7A7CX74</code>, <code>/arxiv/1704.04289</code> or <code>/doi/10.48550/arXiv.1704.04289</code>.
      </p>
      <SearchBox autoFocus />
    </div>
  );
}
