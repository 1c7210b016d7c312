// Renders the PNG app icons (public/icon-*.png) from public/favicon.svg with Chromium.
// Run by hand after changing the logo: npx tsx tools/build/icons.ts
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumPath } from '../chromium.ts';

const ICONS = [
  { size: 192, maskable: false },
  { size: 512, maskable: false },
  { size: 512, maskable: true },
] as const;

const svg = readFileSync('public/favicon.svg', 'utf8');
const executablePath = chromiumPath();
const browser = await chromium.launch(executablePath ? { executablePath } : {});
for (const { size, maskable } of ICONS) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  // Maskable icons keep the logo inside the central safe zone (80%) on a full-bleed background.
  const inner = maskable
    ? svg
        .replace('rx="14"', 'rx="0"')
        .replace('<path', '<path transform="translate(6.4 6.4) scale(0.8)"')
    : svg;
  await page.setContent(
    `<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${inner}`,
  );
  await page.screenshot({
    path: `public/icon-${size}${maskable ? '-maskable' : ''}.png`,
    omitBackground: true,
  });
  await page.close();
}
await browser.close();
