/**
 * "Check all mirrors" (issue 11) on a record page and for a dropped file, against real local mirrors
 * started here (a faithful one, one whose live data moved on, one serving a tampered copy, one that
 * is down) beside the app's embedded mirror; pith.science is the route fixture (404).
 */
import { join } from 'node:path';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import AxeBuilder from '@axe-core/playwright';
import { EMBEDDED, expect, expectVerdict, fixture, PITH_SCIENCE, SEED_SUFFIX, serveLocal, test, useSettings, userMirror } from './fixtures';

const seed = fixture(`pith/${SEED_SUFFIX}.record.json`);
const moved = JSON.parse(seed) as { inbound_citations: { count: number } };
moved.inbound_citations.count += 1;
const FILES: Record<string, string> = {
  [`/good/pith/${SEED_SUFFIX}.json`]: seed,
  [`/live/pith/${SEED_SUFFIX}.json`]: JSON.stringify(moved),
  [`/forged/pith/${SEED_SUFFIX}.json`]: fixture('tampered/cr-license.json'),
};

test('a record page checks every mirror at once and flags the one serving a different signed copy', async ({ page, pithScience: _ }) => {
  const { server, url } = await serveLocal((req, res) => {
    res.setHeader('Access-Control-Allow-Origin', '*');
    const body = FILES[req.url ?? ''];
    if (body === undefined) res.writeHead(404).end();
    else res.writeHead(200, { 'Content-Type': 'application/json' }).end(body);
  });
  try {
    const good = userMirror(`${url}/good`, 'faithful mirror');
    const live = userMirror(`${url}/live`, 'busy mirror');
    const forged = userMirror(`${url}/forged`, 'forging mirror');
    const down = userMirror('http://127.0.0.1:9', 'dead mirror');
    await useSettings(page, { mirrors: [EMBEDDED, good, live, forged, down, PITH_SCIENCE] });
    await page.goto(`/pith/${SEED_SUFFIX}`);
    await expectVerdict(page, 'verified');
    const panel = page.getByTestId('mirror-audit');
    await panel.getByRole('button', { name: /Check all mirrors/ }).click();
    const summary = panel.getByTestId('audit-summary');
    await expect(summary).toHaveText('✗ Conflict: 6 mirrors asked; 1 gave the reference copy, 1 identical, 1 the same signed facts, other fields differ, 1 conflict, 1 do not have it, 1 could not be asked.');
    await expect(summary).toHaveAttribute('data-conflict', 'true');
    const standing = (id: string) => panel.locator(`[data-audit-mirror="${id}"]`);
    await expect(standing(EMBEDDED.id)).toHaveAttribute('data-standing', 'reference');
    await expect(standing(good.id)).toHaveAttribute('data-standing', 'identical');
    await expect(standing(live.id)).toHaveAttribute('data-standing', 'unsigned-differs');
    await expect(standing(forged.id)).toHaveAttribute('data-standing', 'conflict');
    await expect(standing(down.id)).toHaveAttribute('data-standing', 'unreachable');
    await expect(standing(PITH_SCIENCE.id)).toHaveAttribute('data-standing', 'absent');
    // The conflict says why, and its diff is open: the hash-bound license, changed.
    const forgedDetail = panel.locator(`[data-audit-detail="${forged.id}"]`);
    await expect(forgedDetail).toContainText('its copy fails here: canonical-hash');
    await expect(forgedDetail).toContainText("a different signed copy: its canonical SHA-256 (computed here) differs from the reference's.");
    await expect(forgedDetail.locator('[data-diff-coverage="hash-bound"]')).toContainText('canonical_record.metadata.license');
    await expect(standing(forged.id)).toContainText('Invalid');
    // The busy mirror's difference is shown as unsigned live data, behind a click.
    const liveDetail = panel.locator(`[data-audit-detail="${live.id}"]`);
    await liveDetail.getByText('Show the 1 field that differs from Embedded sample mirror\'s copy').click();
    await expect(liveDetail.locator('[data-diff-coverage="unsigned"]')).toContainText('inbound_citations.count');
    await expect(standing(good.id)).toContainText('a4e66a6d48c33c95…');
    // Check again asks again, and says so while it does.
    await panel.getByRole('button', { name: /Check again/ }).click();
    await expect(summary).toContainText('Conflict: 6 mirrors asked');
    const axe = await new AxeBuilder({ page }).include('[data-testid="mirror-audit"]').analyze();
    expect(axe.violations).toEqual([]);
  } finally {
    server.close();
  }
});

test('a dropped file is compared with every mirror’s copy', async ({ page, pithScience: _ }) => {
  await page.goto('/');
  const dir = mkdtempSync(join(tmpdir(), 'pith-audit-'));
  writeFileSync(join(dir, 'paper-title.json'), fixture('tampered/paper-title.json'));
  await page.getByTestId('file-input').setInputFiles(join(dir, 'paper-title.json'));
  await expectVerdict(page, 'invalid');
  const panel = page.getByTestId('mirror-audit');
  await expect(panel).toContainText('compares each with this file');
  await panel.getByRole('button', { name: /Check all mirrors/ }).click();
  await expect(panel.getByTestId('audit-summary')).toHaveText('✗ Conflict: 2 mirrors asked; 1 conflict, 1 do not have it. The reference copy is itself invalid here.');
  await expect(panel.locator(`[data-audit-detail="${EMBEDDED.id}"]`)).toContainText("the reference copy fails here (title-hash (text-mismatch)), and this mirror's copy does not.");
  const embedded = panel.locator(`[data-audit-detail="${EMBEDDED.id}"]`);
  await expect(embedded.getByTestId('compare-result')).toContainText('1 field differs from paper-title.json; 1 in signed or hashed data.');
  await expect(embedded.locator('[data-diff-coverage="rehash-bound"]')).toContainText('paper.title');
});
