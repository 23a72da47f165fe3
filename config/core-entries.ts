/**
 * The core as a library (issue 12): each subpath export of `@pith-explorer/core` and the one source
 * module it is. No barrel files: a subpath is an existing module of src/core, built as is.
 * Read by vite.lib.config.ts (the JavaScript). packages/core/package.json's `exports` and typedoc.json's
 * entry points are written out by hand; tests/core-package.test.ts holds both equal to this list.
 */
export const CORE_ENTRIES: Readonly<Record<string, string>> = {
  verify: 'src/core/verify/verify-document.ts',
  keyring: 'src/core/keyring.ts',
  'user-keys': 'src/core/user-keys.ts',
  'canonical-json': 'src/core/json/canonical-json.ts',
  'parse-json': 'src/core/json/parse-json.ts',
  'pith-number': 'src/core/pith/pith-number.ts',
  query: 'src/core/query/parse-query.ts',
  'mirror-config': 'src/core/mirrors/mirror-config.ts',
  'alias-index': 'src/core/mirrors/alias-index.ts',
  'alias-lookup': 'src/core/mirrors/alias-lookup.ts',
  'alias-shards': 'src/core/mirrors/alias-shards.ts',
  'shard-of': 'src/core/mirrors/shard-of.ts',
  'mirror-fetch': 'src/core/mirrors/mirror-fetch.ts',
  'alias-fetch': 'src/core/mirrors/alias-fetch.ts',
  'resolve-record': 'src/core/mirrors/resolve-record.ts',
  'audit-mirrors': 'src/core/mirrors/audit-mirrors.ts',
  'mirror-manifest': 'src/core/mirrors/mirror-manifest.ts',
  'open-graph': 'src/core/graph/open-graph.ts',
  'fetch-open-graph': 'src/core/graph/fetch-open-graph.ts',
  sha256: 'src/core/crypto/sha256.ts',
};

/** Where a source module's built file lands inside packages/core/dist (the src/core layout, kept). */
export function builtPath(source: string, ext: '.js' | '.d.ts'): string {
  return `./dist/${source.replace(/^src\/core\//, '').replace(/\.ts$/, ext)}`;
}
