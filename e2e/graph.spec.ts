/**
 * "Events and merged state" (issue 11) on a record page and for a dropped bundle, against real local
 * mirrors started here, serving the bundles and states of scripts/gen-graph-fixtures.py (assembled
 * for the seed by FORMAT.md §6: no real one has been seen). pith.science is the route fixture (404).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Locator } from '@playwright/test';
import { EMBEDDED, expect, expectVerdict, fixture, PITH_SCIENCE, SEED_SUFFIX, serveLocal, test, useSettings, userMirror } from './fixtures';
import type { LocalServer } from '../tests/local-server';

const SEED_TEXT = fixture(`pith/${SEED_SUFFIX}.record.json`);
const long = (c: string) => c.repeat(190);
const LONG_BUNDLE = (() => {
  const b = JSON.parse(fixture('graph/faithful.bundle.json')) as { events: Record<string, unknown>[] };
  b.events[1] = { ...b.events[1], target: long('t'), created_at: long('9'), signer: { key_id: long('k'), public_key_fingerprint: long('f') } };
  return JSON.stringify(b);
})();
const FILES: Record<string, string> = {
  [`/long/pith/${SEED_SUFFIX}.json`]: SEED_TEXT,
  [`/long/pith/${SEED_SUFFIX}/bundle.json`]: LONG_BUNDLE,
  [`/forged/pith/${SEED_SUFFIX}.json`]: SEED_TEXT,
  [`/bare/pith/${SEED_SUFFIX}.json`]: SEED_TEXT,
  [`/good/pith/${SEED_SUFFIX}.json`]: SEED_TEXT,
  [`/good/pith/${SEED_SUFFIX}/bundle.json`]: fixture('graph/faithful.bundle.json'),
  [`/good/pith/${SEED_SUFFIX}/state.json`]: fixture('graph/faithful.state.json'),
  [`/forged/pith/${SEED_SUFFIX}/bundle.json`]: fixture('graph/signer-rekeyed.bundle.json'),
  [`/forged/pith/${SEED_SUFFIX}/state.json`]: fixture('graph/state-tampered.state.json'),
};

let server: LocalServer;
test.beforeAll(async () => {
  server = await serveLocal((req, res) => {
    res.setHeader('Access-Control-Allow-Origin', '*');
    const body = FILES[req.url ?? ''];
    if (body === undefined) res.writeHead(404).end();
    else res.writeHead(200, { 'Content-Type': 'application/json' }).end(body);
  });
});
test.afterAll(() => server.close());

const statuses = (panel: Locator) =>
  panel.locator('[data-graph-check]').evaluateAll((els) => Object.fromEntries(els.map((e) => [e.getAttribute('data-graph-check'), e.getAttribute('data-status')])));

test('a record page shows its events and merged state from a mirror, each checked, the rest said unknown', async ({ page, pithScience: _ }) => {
  const good = userMirror(`${server.url}/good`);
  await useSettings(page, { mirrors: [{ ...EMBEDDED, enabled: false }, good, PITH_SCIENCE] });
  await page.goto(`/pith/${SEED_SUFFIX}`);
  await expectVerdict(page, 'verified');
  const panel = page.getByTestId('open-graph');
  await panel.getByRole('button', { name: /Look up events and merged state/ }).click();
  await expect(panel.getByTestId('graph-summary')).toHaveText('Found a bundle and a merged state.');
  // Naming the keyring's key is not a signature: never a pass.
  expect(await statuses(panel)).toEqual({ 'bundle-record': 'pass', 'bundle-receipt': 'pass', 'event-subjects': 'pass', 'event-signers': 'skip', 'state-record': 'pass' });
  await expect(panel.locator('[data-graph-source="Bundle"]')).toHaveAttribute('data-verdict', 'verified');
  // The state holds no signature: incomplete here, whatever it claims.
  await expect(panel.locator('[data-graph-source="Merged state"]')).toHaveAttribute('data-verdict', 'incomplete');
  const events = panel.getByTestId('graph-events').locator('[data-event-index]');
  await expect(events).toHaveCount(2);
  await expect(events.first()).toContainText('record_created');
  await expect(events.first()).toContainText('not checkable');
  await expect(events.first()).toHaveAttribute('data-signer', 'keyring-key');
  await expect(panel.getByTestId('state-claims').locator('[data-count="event_count"]')).toContainText('2 claimed');
  await expect(panel.getByTestId('graph-unknowns')).toContainText('Event signatures');
  await expect(panel.getByTestId('graph-unknowns')).toContainText('The merge (pith-open-graph-merge-v1) is not published');
  const axe = await new AxeBuilder({ page }).include('[data-testid="open-graph"]').analyze();
  expect(axe.violations).toEqual([]);
  // On a phone, nothing in the panel is wider than the screen.
  await page.setViewportSize({ width: 360, height: 740 });
  const overflow = await panel.evaluate((el) => el.scrollWidth - el.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test('a mirror serving a re-keyed event and a changed state is caught, and the record’s own verdict is untouched', async ({ page, pithScience: _ }) => {
  const forged = userMirror(`${server.url}/forged`, 'forging mirror');
  // The embedded mirror (which has the seed's faithful graph) is off: the forging mirror serves the record too.
  await useSettings(page, { mirrors: [{ ...EMBEDDED, enabled: false }, forged, PITH_SCIENCE] });
  await page.goto(`/pith/${SEED_SUFFIX}`);
  await expectVerdict(page, 'verified');
  const panel = page.getByTestId('open-graph');
  await panel.getByRole('button', { name: /Look up events and merged state/ }).click();
  await expect(panel.getByTestId('graph-summary')).toHaveText('Found a bundle and a merged state: 2 checks failed; the merged state is invalid here.');
  expect(await statuses(panel)).toMatchObject({ 'event-signers': 'fail', 'state-record': 'fail', 'bundle-record': 'pass' });
  await expect(panel.locator('[data-graph-check="event-signers"]')).toContainText('a key id cannot change its key');
  await expect(panel.getByTestId('graph-events').locator('[data-event-index="0"]')).toHaveAttribute('data-signer', 'other-key');
  await expect(panel.getByTestId('state-snapshots').locator('[data-event-index="0"]')).toContainText('graph snapshot');
  await expect(panel.locator('[data-graph-source="Merged state"]')).toHaveAttribute('data-verdict', 'invalid');
  // The record itself is still verified: its own checks are not touched by its graph.
  await expectVerdict(page, 'verified');
});

test('no mirror has them: said plainly, with every mirror’s answer', async ({ page, pithScience: _ }) => {
  await useSettings(page, { mirrors: [{ ...EMBEDDED, enabled: false }, userMirror(`${server.url}/bare`), userMirror('http://127.0.0.1:9'), PITH_SCIENCE] });
  await page.goto(`/pith/${SEED_SUFFIX}`);
  await expectVerdict(page, 'verified');
  const panel = page.getByTestId('open-graph');
  await panel.getByRole('button', { name: /Look up events and merged state/ }).click();
  await expect(panel.getByTestId('graph-summary')).toHaveText('No mirror has a bundle or a merged state for this record.');
  const attempts = panel.getByTestId('graph-attempts');
  await expect(attempts).toBeVisible();
  await expect(attempts.locator('[data-outcome="unreachable"]').first()).toContainText('127.0.0.1:9');
  await expect(panel.getByTestId('open-graph-view')).toHaveCount(0);
});

test('a dropped bundle shows its own events at once, nothing fetched', async ({ page, pithScience: _ }) => {
  await page.goto('/');
  const dir = mkdtempSync(join(tmpdir(), 'pith-graph-'));
  writeFileSync(join(dir, 'bundle.json'), fixture('graph/subject-forged.bundle.json'));
  const asked: string[] = [];
  page.on('request', (r) => r.url().includes('/bundle.json') && asked.push(r.url()));
  await page.getByTestId('file-input').setInputFiles(join(dir, 'bundle.json'));
  await expectVerdict(page, 'verified');
  const panel = page.getByTestId('open-graph');
  await expect(panel.getByTestId('graph-events').locator('[data-event-index]')).toHaveCount(2);
  await expect(panel.locator('[data-graph-check="bundle-record"]')).toContainText('The record shown is this bundle.');
  await expect(panel.locator('[data-graph-check="event-subjects"]')).toHaveAttribute('data-status', 'fail');
  await expect(panel.getByTestId('graph-events').locator('[data-event-index="1"]')).toHaveAttribute('data-subject', 'other');
  await expect(panel.getByRole('button', { name: /Look up/ })).toHaveCount(0);
  // At the top, where the verdict is read: what it covers, and what the graph checks found.
  await expect(page.getByTestId('record-view')).toContainText('This covers the bundle’s canonical record and receipt only');
  await expect(page.getByTestId('graph-alert')).toContainText('Every event is about this record: fails.');
  // Saved, it keeps a bundle's name (a mirror files it as pith/<SUFFIX>/bundle.json), not the record's.
  await expect(page.getByRole('button', { name: /^Download JSON as [A-Z2-7]{26}\.bundle\.json$/ })).toBeVisible();
  expect(asked).toEqual([]);
});

test('the embedded sample mirror has the seed’s graph, said to be assembled here', async ({ page, pithScience: _ }) => {
  await page.goto(`/pith/${SEED_SUFFIX}`);
  await expectVerdict(page, 'verified');
  const panel = page.getByTestId('open-graph');
  await panel.getByRole('button', { name: /Look up events and merged state/ }).click();
  await expect(panel.getByTestId('graph-summary')).toHaveText('Found a bundle and a merged state.');
  await expect(panel.locator('[data-graph-source="Bundle"]')).toContainText('Embedded sample mirror');
  // Not pith.science's: the page says who assembled it, for the bundle and for the state.
  await expect(panel.getByTestId('graph-assembled')).toHaveCount(1);
  await expect(panel.getByTestId('graph-assembled')).toContainText('Both documents say they were assembled by pith-explorer as a sample');
  await expect(panel.locator('[data-graph-source="Merged state"]')).toContainText('no receipt: nothing in this document is signed');
});

test('a hostile mirror’s long unbroken strings wrap on a phone instead of widening the page', async ({ page, pithScience: _ }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await useSettings(page, { mirrors: [{ ...EMBEDDED, enabled: false }, userMirror(`${server.url}/long`), PITH_SCIENCE] });
  await page.goto(`/pith/${SEED_SUFFIX}`);
  await expectVerdict(page, 'verified');
  const panel = page.getByTestId('open-graph');
  await panel.getByRole('button', { name: /Look up events and merged state/ }).click();
  await expect(panel.getByTestId('open-graph-view')).toBeVisible();
  await expect(panel.locator('[data-graph-check="event-signers"]')).toHaveAttribute('data-status', 'warn');
  expect(await panel.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
});
