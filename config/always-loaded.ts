/**
 * The chunks every page loads (issue 10): Rolldown's runtime and the boot chunk (with the facade
 * file Rolldown writes for main.ts's dynamic import of src/app/boot.ts). index.html modulepreloads
 * them, so they are fetched beside the entry from the start; and dynamic imports' preload lists
 * leave them out (vite.config.ts), since listed they were names in every chunk's table, never
 * fetched again.
 *
 * Written into index.html here because main.ts imports boot on demand (its own early fetches ran
 * only once boot's 25 KB had arrived when it imported boot statically), and Vite modulepreloads only
 * an entry's static imports.
 */
import type { Plugin } from 'vite';

/** A file index.html loads on every page. */
export const ALWAYS_LOADED = /(^|\/)assets\/(boot|rolldown-runtime)-[\w-]+\.js$/;

/** Adds a modulepreload link to index.html for each always-loaded chunk of the build; fails the build if there is none. */
export function preloadAlwaysLoaded(): Plugin {
  return {
    name: 'pith-preload-always-loaded',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (!ctx.bundle) return html;
        const files = Object.values(ctx.bundle)
          .filter((c) => c.type === 'chunk' && ALWAYS_LOADED.test(c.fileName))
          .map((c) => c.fileName)
          .sort();
        if (!files.some((f) => /assets\/boot-/.test(f))) throw new Error('pith-preload-always-loaded: the build has no boot chunk');
        return files.filter((f) => !html.includes(`/${f}"`)).map((f) => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `/${f}` }, injectTo: 'head' as const }));
      },
    },
  };
}
