/**
 * The first-load chunks (issue 10), one per job:
 * - `boot`: every module src/main.ts imports statically, and every module both `lookup` and `app`
 *   need (the query client, settings, query parsing, the alias index the home page lists).
 * - `lookup`: what a deep link's first verdict needs beyond boot (the resolver, the first verdict's
 *   styles; features/record/first-verdict.ts), fetched beside it, before React; the home page
 *   does not fetch it.
 * - `app`: React, the layout and the home page (src/app/start-app.tsx's closure) beyond boot.
 * The verifier stays its own chunk (vite.config.ts), and so do the pages loaded on demand.
 *
 * Without groups Rolldown (codeSplitting with includeDependenciesRecursively off, for the verifier
 * group) split the modules these share with each other and with the lazy pages into one chunk per
 * set of importers: 28 files of 0.1–3.5 KB for boot alone, and the home page's first load grew
 * from 145.4 to 162.5 KB gzip, since small files compress badly apart (measured 2026-12-02 by
 * e2e/budget.spec.ts).
 *
 * A group's closure starts at its `start` modules and follows static imports, never into an entry
 * module (main.ts, start-app.tsx: put in a group, an entry's body never ran and the page was
 * blank). `own`: modules of a closure that keep a chunk of their own (the first verdict's drawing
 * code, which the record page does not run), while what they import is grouped.
 *
 * The closures are the static imports as parsed (a package index counts all it re-exports),
 * recorded when the module graph is complete (buildEnd); the groups' tests, which run later when
 * chunks are made, read them.
 */
import type { Plugin } from 'vite';

export interface FirstLoadGroup {
  /** The modules the closure starts from. */
  readonly start: RegExp;
  /** True when `start` is an entry (its own module stays in its entry chunk). */
  readonly entry?: boolean;
  /** Modules reached that keep a chunk of their own. */
  readonly own?: RegExp;
}

/**
 * `groups` in precedence order (the first that reaches a module gets it); `shared`: a module every
 * one of `of` reaches goes to `into` instead, checked after `into`'s own closure.
 */
export function firstLoadChunks(groups: Readonly<Record<string, FirstLoadGroup>>, shared: { readonly into: string; readonly of: readonly string[] }): { plugin: Plugin; groupOf: (id: string) => string | null } {
  const closures = new Map<string, Set<string>>();
  const specs = Object.entries(groups);
  const isEntry = (id: string) => specs.some(([, g]) => g.entry === true && g.start.test(id));
  const isOwn = (id: string) => specs.some(([, g]) => g.own?.test(id));
  const plugin: Plugin = {
    name: 'pith-first-load-chunks',
    apply: 'build',
    buildEnd() {
      closures.clear();
      const ids = [...this.getModuleIds()];
      for (const [name, { start }] of specs) {
        const starts = ids.filter((id) => start.test(id));
        if (starts.length === 0) throw new Error(`pith-first-load-chunks: no module matches ${start}`);
        const seen = new Set<string>();
        const todo = [...starts];
        while (todo.length > 0) {
          const id = todo.pop()!;
          if (seen.has(id) || (!starts.includes(id) && isEntry(id))) continue;
          seen.add(id);
          todo.push(...(this.getModuleInfo(id)?.importedIds ?? []));
        }
        closures.set(name, seen);
      }
    },
  };
  const groupOf = (id: string) => {
    if (isEntry(id) || isOwn(id)) return null;
    for (const [name, closure] of closures) {
      if (closure.has(id)) return name;
      if (name === shared.into && shared.of.every((g) => closures.get(g)?.has(id))) return name;
    }
    return null;
  };
  return { plugin, groupOf };
}
