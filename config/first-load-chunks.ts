/**
 * The first-load chunks (issue 10): `boot`, every module src/main.ts imports statically (what a
 * deep link's first verdict runs before React, features/record/first-verdict.ts), and `app`, every
 * module src/app/start-app.tsx imports statically that boot does not hold (React, the router, the
 * first pages), each one chunk beside its entry's. The verifier stays its own chunk (vite.config.ts).
 *
 * Without them Rolldown (codeSplitting with includeDependenciesRecursively off, for the verifier
 * group) split the modules these entries share with each other and with the lazy pages into one chunk
 * per set of importers: 28 files of 0.1–3.5 KB for boot alone, and the home page's first load grew
 * from 145.4 to 162.5 KB gzip, then to 153.1 KB with boot alone grouped, since small files compress
 * badly apart (measured 2026-12-02 by e2e/budget.spec.ts).
 *
 * `dynamic`: the dynamic imports the closure follows too. Boot's lookup imports the verifier on
 * demand, and what that imports outside the verifier group must not come from the app chunk (that
 * put React before the verdict again); following all of them took in the alias shards' hash, which
 * is the verifier's, and then boot imported the verifier statically (and threw: the chunks ran out
 * of order). Never into another entry.
 *
 * `own`: modules of the closure that keep a chunk of their own (the first verdict's drawing code,
 * which only a deep link runs: the home page does not fetch it), while what they import is grouped.
 *
 * The closures are the static imports as parsed (a package index counts all it re-exports), recorded
 * when the module graph is complete (buildEnd); the groups' tests, which run later when chunks are
 * made, read them. An entry module itself stays in its entry chunk: put in a group, its body never
 * ran (the page was blank).
 */
import type { Plugin } from 'vite';

export function firstLoadChunks(entries: Readonly<Record<string, { entry: RegExp; dynamic?: RegExp; own?: RegExp }>>): { plugin: Plugin; groupOf: (id: string) => string | null } {
  const closures = new Map<string, Set<string>>();
  const isEntry = (id: string) => Object.values(entries).some((e) => e.entry.test(id));
  const plugin: Plugin = {
    name: 'pith-first-load-chunks',
    apply: 'build',
    buildEnd() {
      closures.clear();
      const ids = [...this.getModuleIds()];
      for (const [name, { entry, dynamic }] of Object.entries(entries)) {
        const start = ids.find((id) => entry.test(id));
        if (!start) throw new Error(`pith-first-load-chunks: no module matches ${entry}`);
        const seen = new Set<string>();
        const todo = [start];
        while (todo.length > 0) {
          const id = todo.pop()!;
          if (seen.has(id) || (id !== start && isEntry(id))) continue;
          seen.add(id);
          const info = this.getModuleInfo(id);
          todo.push(...(info?.importedIds ?? []), ...(dynamic ? (info?.dynamicallyImportedIds ?? []).filter((d) => dynamic.test(d)) : []));
        }
        closures.set(name, seen);
      }
    },
  };
  // The first entry named wins a module both reach (boot before app). `own`: reached (its imports
  // are in the group) but left to a chunk of its own.
  const isOwn = (id: string) => Object.values(entries).some((e) => e.own?.test(id));
  const groupOf = (id: string) => {
    if (isEntry(id) || isOwn(id)) return null;
    for (const [name, closure] of closures) if (closure.has(id)) return name;
    return null;
  };
  return { plugin, groupOf };
}
