import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { securityPolicy } from './config/security-plugin.ts';
import { SECURITY_HEADERS } from './config/security-policy.ts';

// The app is a static SPA: `vite preview` (and any static host with an index.html
// fallback) serves it together with the embedded sample mirror under public/.
// Source maps only in `npm run build:debug` (mode "debug"): they are megabytes nobody needs to load the app.
export default defineConfig(({ mode }) => ({
  plugins: [react(), tailwindcss(), securityPolicy()],
  worker: { format: 'es' },
  build: { target: 'es2022', sourcemap: mode === 'debug' },
  preview: { port: 4173, strictPort: true, headers: { ...SECURITY_HEADERS } },
}));
