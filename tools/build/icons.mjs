// Renders the PNG app icons (public/icon-*.png) from public/favicon.svg with Chromium.
// Run by hand after changing the logo: node tools/build/icons.mjs
import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';
const svg = readFileSync('public/favicon.svg', 'utf8');
const b = await chromium.launch({
  executablePath: process.env.PLAYWRIGHT_CHROMIUM_PATH ?? '/usr/bin/chromium',
});
for (const [size, maskable] of [
  [192, false],
  [512, false],
  [512, true],
]) {
  const p = await b.newPage({ viewport: { width: size, height: size } });
  // Maskable icons keep the logo inside the central safe zone (80%) on a full-bleed background.
  const inner = maskable
    ? svg
        .replace('rx="14"', 'rx="0"')
        .replace('<path', '<path transform="translate(6.4 6.4) scale(0.8)"')
    : svg;
  await p.setContent(
    `<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${inner}`,
  );
  await p.screenshot({
    path: `public/icon-${size}${maskable ? '-maskable' : ''}.png`,
    omitBackground: true,
  });
  await p.close();
}
await b.close();
