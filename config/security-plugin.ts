/**
 * Vite plugin: puts the Content-Security-Policy of config/security-policy.ts into the built
 * index.html and emits `_headers`. Build only: the dev server injects inline scripts (React Refresh)
 * that the policy forbids, and it is not what ships.
 */
import type { Plugin } from 'vite';
import { CORS_PATHS, META_CSP, headersFile } from './security-policy.ts';

export function securityPolicy(): Plugin {
  return {
    name: 'pith-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: META_CSP }, injectTo: 'head-prepend' }],
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: '_headers', source: headersFile() });
    },
  };
}

/** `vite preview` sends the CORS header of `_headers` on the same paths (the badge, the embedded mirror). */
export function previewCors(): Plugin {
  return {
    name: 'pith-preview-cors',
    configurePreviewServer(server) {
      server.middlewares.use((req, res, next) => {
        if (CORS_PATHS.some((p) => (req.url ?? '').startsWith(p))) res.setHeader('Access-Control-Allow-Origin', '*');
        next();
      });
    },
  };
}
