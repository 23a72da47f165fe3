/**
 * Component tests of the checks panel (server-rendered markup) with the core's real reports: every
 * registry check in order with its status, code and claimed/computed values; a failing check is
 * open; the bar has one segment per check and says why a check was skipped.
 */
import { readFileSync } from 'node:fs';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Keyring } from '../../core/keyring';
import { CHECK_IDS } from '../../core/verify/registry';
import { verifyText, type VerifyReport } from '../../core/verify/verify-document';
import { ChecksPanel } from './checks-panel';

const fixture = (p: string) => readFileSync(new URL(`../../../tests/fixtures/${p}`, import.meta.url), 'utf8');
async function reportOf(p: string): Promise<VerifyReport> {
  const [e] = await verifyText(fixture(p), { keyring: Keyring.pinned() });
  return e!.report!;
}

describe('ChecksPanel', () => {
  it('shows every registry check in pipeline order, with status and code', async () => {
    const r = await reportOf('pith/UTTGU3KIYM6JKD6ALUV7A7CX74.record.json');
    const html = renderToStaticMarkup(<ChecksPanel checks={r.checks} />);
    const ids = [...html.matchAll(/data-check="([a-z-]+)"/g)].map((m) => m[1]);
    expect(ids).toEqual([...CHECK_IDS]);
    expect(html).toContain('data-check="abstract-hash" data-status="skip" data-code="excerpt-cut"');
    expect(html).toContain('data-check="snapshots" data-status="pass" data-code="match"');
    // A verified record with a skipped check: the bar is full (every check ran) and says why.
    expect(html).toContain('role="img" aria-label="9 checks ran: 8 passed, 1 skipped"');
    expect([...html.matchAll(/data-segment="([a-z]+)"/g)].map((m) => m[1])).toEqual(r.checks.map((c) => c.status));
    const notPassed = html.slice(html.indexOf('data-testid="checks-not-passed"'));
    expect(notPassed).toMatch(/Skipped: [^<]+<\/span> — [^<]*abstract[^<]*</);
    expect(html).not.toMatch(/<details open=""/);
  });
  it('opens a failing check, shows claimed vs computed, and turns the bar red at it', async () => {
    const r = await reportOf('tampered/paper-title.json');
    const html = renderToStaticMarkup(<ChecksPanel checks={r.checks} />);
    const titleCheck = html.slice(html.indexOf('data-check="title-hash"'));
    expect(titleCheck).toMatch(/^data-check="title-hash" data-status="fail" data-code="text-mismatch"[^>]*><details open=""/);
    // claimed: the canonical record's title hash; computed: the hash of the shown title.
    expect(titleCheck).toContain('a24370d325eff13bd544c32f17e24a8c23e3fb11d2f5d1fa8b85f960716a713a');
    expect(html).toContain(`aria-label="check ${CHECK_IDS.indexOf('title-hash') + 1} of ${CHECK_IDS.length} failed; `);
    // The skipped check's reason is said on an invalid record too (it was hidden when one failed).
    const skipped = r.checks.filter((c) => c.status === 'skip');
    expect(skipped.length).toBeGreaterThan(0);
    const notPassed = html.slice(html.indexOf('data-testid="checks-not-passed"'));
    for (const c of skipped) expect(notPassed).toContain(c.reason.replace(/'/g, '&#x27;').replace(/"/g, '&quot;'));
    expect(html).toContain('bg-red-600');
  });
});
