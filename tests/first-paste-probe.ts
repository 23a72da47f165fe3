/**
 * Times the first paste after a cold load (issue 9), for the e2e test and the benchmark alike:
 * when the "Verifying…" status appeared, when the workers were ready, and when the verdict showed,
 * each read by a MutationObserver installed before the app's own scripts run.
 */
import type { Page } from '@playwright/test';

export interface FirstPasteTimes {
  readonly paste: number;
  readonly status?: number;
  readonly ready?: number;
  readonly verdict?: number;
}

/** Installs the observer; call before `page.goto`. */
export async function installFirstPasteProbe(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { seen: Record<string, number> };
    w.seen = {};
    new MutationObserver(() => {
      const now = performance.now();
      if (document.querySelector('[data-testid="intake-status"]')) w.seen.status ??= now;
      if (document.documentElement.dataset.workers === 'ready') w.seen.ready ??= now;
      if (document.querySelector('[data-testid="record-verdict"]')) w.seen.verdict ??= now;
    }).observe(document, { subtree: true, childList: true, attributes: true });
  });
}

/** Pastes `text` outside any input, as Ctrl/Cmd+V on the page does; resolves with the status text shown by the next frame. */
export async function pasteOnPage(page: Page, text: string): Promise<string | null> {
  return page.evaluate(async (body) => {
    const w = window as unknown as { seen: Record<string, number> };
    const d = new DataTransfer();
    d.setData('text/plain', body);
    w.seen.paste = performance.now();
    document.body.dispatchEvent(new ClipboardEvent('paste', { clipboardData: d, bubbles: true }));
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    return document.querySelector('[data-testid="intake-status"]')?.textContent ?? null;
  }, text);
}

/** What the observer saw, in ms of the page's clock. */
export async function firstPasteTimes(page: Page): Promise<FirstPasteTimes> {
  return page.evaluate(() => (window as unknown as { seen: FirstPasteTimes }).seen);
}
