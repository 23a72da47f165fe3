/**
 * Renders the app icon (public/icons/icon.svg) to the PNGs the web app manifest names: 192 and 512 px,
 * and a 512 px maskable one whose mark sits inside the central 80 % safe zone (W3C Manifest,
 * "maskable" purpose). The PNGs are committed; run this after changing the SVG.
 * Usage: npx tsx scripts/gen-icons.ts
 */
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';

const svg = readFileSync(new URL('../public/icons/icon.svg', import.meta.url), 'utf8');
const dataUrl = `data:image/svg+xml,${encodeURIComponent(svg)}`;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  for (const { size, maskable } of [{ size: 192, maskable: false }, { size: 512, maskable: false }, { size: 512, maskable: true }]) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    // A maskable icon is cropped to a circle or squircle by the launcher: full-bleed background, mark at 70 %.
    const inner = maskable ? Math.round(size * 0.7) : size;
    await page.setContent(
      `<body style="margin:0;width:${size}px;height:${size}px;display:grid;place-items:center;background:${maskable ? '#0f766e' : 'transparent'}">` +
        `<img src="${dataUrl}" width="${inner}" height="${inner}"></body>`,
    );
    await page.screenshot({ path: `public/icons/icon-${size}${maskable ? '-maskable' : ''}.png`, omitBackground: !maskable });
    await page.close();
  }
} finally {
  await browser.close();
}
