/**
 * Issue 10, strict CSP: the policy of config/security-policy.ts is in the built page and in the
 * headers `vite preview` sends, it blocks what it is there to block, and (through the fixture every
 * spec uses, e2e/fixtures.ts) no test of the suite sees a violation.
 */
import { readFileSync } from 'node:fs';
import { HEADER_CSP, META_CSP, SECURITY_HEADERS, headersFile } from '../config/security-policy';
import { SEED_SUFFIX, expect, expectVerdict, test } from './fixtures';

const ROUTES = ['/', `/pith/${SEED_SUFFIX}`, '/arxiv/1704.04289', '/settings', '/compute', '/share', '/batch', '/no-such-page'];

test('every route is served with the policy and the security headers, and the page carries it too', async ({ page, request }) => {
  for (const route of ROUTES) {
    const res = await request.get(route);
    expect(res.status(), route).toBe(200);
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(res.headers()[name.toLowerCase()], `${name} on ${route}`).toBe(value);
  }
  expect(HEADER_CSP).toContain("frame-ancestors 'none'");
  expect(META_CSP).not.toContain('frame-ancestors');
  expect(META_CSP).not.toContain('unsafe-inline');
  expect(META_CSP).not.toContain("'unsafe-eval'");
  await page.goto(`/pith/${SEED_SUFFIX}`);
  await expectVerdict(page, 'verified');
  const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(meta).toBe(META_CSP);
  // The workers are served under the same policy (their CSP comes from their own response).
  const scripts = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name).filter((n) => n.endsWith('.js')));
  expect(scripts.length).toBeGreaterThan(0);
  for (const url of scripts) expect((await request.get(url)).headers()['content-security-policy'], url).toBe(HEADER_CSP);
});

test('the _headers file for static hosts is the one the build wrote from the same policy', () => {
  expect(readFileSync(new URL('../dist/_headers', import.meta.url), 'utf8')).toBe(headersFile());
});

test('an injected inline script, an inline event handler and an inline style attribute are refused', async ({ page, cspViolations }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const outcome = await page.evaluate(async () => {
    const w = window as unknown as { __inlineRan?: boolean };
    const s = document.createElement('script');
    s.textContent = 'window.__inlineRan = true';
    document.head.append(s);
    // (An eval cannot be provoked from here: Playwright's evaluate runs outside the page's policy. The
    // policy has no 'unsafe-eval', asserted above, and the suite-wide recorder once caught zod's eval probe.)
    const handler = document.createElement('div');
    handler.innerHTML = '<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" onload="window.__handlerRan = true" onerror="window.__handlerRan = true">';
    document.body.append(handler);
    const div = document.createElement('div');
    div.innerHTML = '<span style="color: rgb(1, 2, 3)">x</span>';
    document.body.append(div);
    const color = getComputedStyle(div.firstElementChild!).color;
    div.remove();
    await new Promise((r) => setTimeout(r, 100));
    handler.remove();
    return { inline: w.__inlineRan === true, handler: (window as unknown as { __handlerRan?: boolean }).__handlerRan === true, color };
  });
  expect(outcome).toEqual({ inline: false, handler: false, color: expect.not.stringMatching(/rgb\(1, 2, 3\)/) });
  const events = () => [...new Set(cspViolations.filter((v) => v.directive !== 'console').map((v) => v.directive))].sort();
  await expect.poll(events).toEqual(['script-src-attr', 'script-src-elem', 'style-src-attr']);
  // Provoked on purpose: the fixture ignores these, and the console lines Chromium writes for them.
  page.on('console', () => cspViolations.forEach((v) => (v.expected = true)));
  cspViolations.forEach((v) => (v.expected = true));
  await page.goto('about:blank');
  cspViolations.forEach((v) => (v.expected = true));
});
