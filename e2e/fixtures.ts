/**
 * Shared e2e setup. pith.science cannot exist on this machine, so it is the one
 * thing mocked (route fixture): by default it answers 404 quickly, and a test
 * can serve real or tampered records from it. Everything else is real: the
 * production build, the embedded mirror, Chromium, the Web Worker.
 */
import { test as base, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
export { serveLocal } from '../tests/local-server';
import { EMBEDDED_MIRROR, PITH_SCIENCE_MIRROR, userMirror as makeUserMirror, type MirrorConfig } from '../src/core/mirrors/mirror-config';

export const SEED_SUFFIX = 'UTTGU3KIYM6JKD6ALUV7A7CX74';
export const SEED = 'pith:2017:UTTGU3KIYM6JKD6ALUV7A7CX74';

export const fixture = (path: string) => readFileSync(new URL(`../tests/fixtures/${path}`, import.meta.url), 'utf8');

/** The app's own mirror descriptions, so the tests seed exactly what the settings panel stores. */
export type MirrorSpec = MirrorConfig;
export const EMBEDDED: MirrorSpec = EMBEDDED_MIRROR;
export const PITH_SCIENCE: MirrorSpec = PITH_SCIENCE_MIRROR;
export function userMirror(baseUrl: string, name?: string): MirrorSpec {
  const m = makeUserMirror(baseUrl, []);
  if (!m.ok) throw new Error(m.error.message);
  return name === undefined ? m.value : { ...m.value, name };
}

/** Seeds localStorage before the app loads (the settings panel writes the same shape). */
export async function useSettings(page: Page, settings: { mirrors?: MirrorSpec[]; userKeys?: { keyId: string; publicKey: string }[]; theme?: 'light' | 'dark' | 'system' }) {
  const value = JSON.stringify({ mirrors: settings.mirrors ?? [EMBEDDED, PITH_SCIENCE], userKeys: settings.userKeys ?? [], theme: settings.theme ?? 'light' });
  await page.addInitScript((v) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('pith-explorer:settings:v1', v);
      sessionStorage.setItem('seeded', '1');
    }
  }, value);
}

/** A Content-Security-Policy violation seen by a page, or a CSP refusal Chromium logged (workers included). */
export interface CspViolation {
  readonly directive: string;
  readonly blocked: string;
  readonly url: string;
  /** Set by a test that provokes this violation on purpose; the fixture ignores it. */
  expected?: boolean;
}

export const test = base.extend<{ pithScience: Map<string, string>; cspViolations: CspViolation[] }>({
  /**
   * Issue 10: the policy is active on every route and nothing the app does violates it. Every test
   * records violations from the `securitypolicyviolation` event and from Chromium's console, and
   * fails if any were seen. A test that provokes one on purpose marks it `expected`.
   */
  cspViolations: [
    async ({ context }, use) => {
      const seen: CspViolation[] = [];
      await context.exposeBinding('__pithCspViolation', (_source, v: CspViolation) => void seen.push(v));
      await context.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) => {
          (window as unknown as { __pithCspViolation: (v: unknown) => void }).__pithCspViolation({ directive: e.effectiveDirective, blocked: e.blockedURI, url: e.documentURI });
        });
      });
      context.on('console', (m) => {
        if (m.type() === 'error' && /Content Security Policy/i.test(m.text())) seen.push({ directive: 'console', blocked: m.text(), url: m.page()?.url() ?? '' });
      });
      await use(seen);
      expect(seen.filter((v) => !v.expected), 'Content-Security-Policy violations').toEqual([]);
    },
    { auto: true },
  ],
  pithScience: async ({ page }, use) => {
    const served = new Map<string, string>();
    await page.route('https://pith.science/**', (route) => {
      const body = served.get(new URL(route.request().url()).pathname);
      return body === undefined ? route.fulfill({ status: 404, body: 'not found' }) : route.fulfill({ status: 200, contentType: 'application/json', body });
    });
    await use(served);
  },
});

/**
 * The record page shows `verdict`. A deep link shows it first before React (first-verdict.ts); this
 * waits until the React page has taken its place, which is what the tests go on to read and click
 * (e2e/first-verdict.spec.ts holds the first verdict itself).
 */
export async function expectVerdict(page: Page, verdict: 'verified' | 'incomplete' | 'invalid') {
  await expect(page.getByTestId('record-verdict').locator('[data-verdict]').first()).toHaveAttribute('data-verdict', verdict, { timeout: 30_000 });
  await expect(page.locator('[data-first-verdict]')).toHaveCount(0);
  await expect(page.getByTestId('record-verdict').locator('[data-verdict]')).toHaveAttribute('data-verdict', verdict);
}

export { expect };

/** A real local HTTP server on 127.0.0.1 and a free port (mirrors, host pages), with its base URL. */
/** Pastes text as Ctrl/Cmd+V would, anywhere on the page (the paste lands on the document body). */
export async function pasteText(page: Page, text: string) {
  await page.evaluate((body) => {
    const d = new DataTransfer();
    d.setData('text/plain', body);
    document.body.dispatchEvent(new ClipboardEvent('paste', { clipboardData: d, bubbles: true }));
  }, text);
}
