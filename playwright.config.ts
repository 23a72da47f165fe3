import { defineConfig } from '@playwright/test';

// Tests run the production build (`vite preview`, with the embedded sample mirror
// under public/) in Debian's Chromium: no browser is downloaded at run time.
const PORT = 4173;

export default defineConfig({
  testDir: 'e2e',
  // Bounds, not targets: a passing test never waits for them. They are set for a 2-core host 2.5×
  // slower than this one (issue 13): an `expect` that waits for the page gets 15 s instead of 5 s.
  timeout: 120_000,
  expect: { timeout: 15_000 },
  fullyParallel: true,
  workers: 2,
  reporter: [['list']],
  use: {
    // The service worker (config/pwa.ts) is tested on its own server in e2e/offline.spec.ts; everywhere
    // else it would serve responses from its cache past the route fixtures and the request counters.
    serviceWorkers: 'block',
    baseURL: `http://127.0.0.1:${PORT}`,
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    },
  },
  projects: [
    { name: 'app', testIgnore: /big-batch|limits/ },
    // The responsiveness and limits tests measure main-thread long tasks: each runs alone, after the
    // rest and after each other (a project per file), so nothing competes for the two cores with them.
    { name: 'big-batch', testMatch: /big-batch/, dependencies: ['app'] },
    { name: 'limits', testMatch: /limits/, dependencies: ['big-batch'] },
  ],
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
