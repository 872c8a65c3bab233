#!/usr/bin/env node
// PNGs of the demo for a person to look at: the page at 1280 px and 375 px
// (light and dark), and each widget on its own; the theme builder, the
// clinic page and the figure gallery whole, at both widths and in both schemes. Run `npm run build` first.
// Writes screenshots/*.png.
import { mkdirSync } from 'node:fs';
import { startServer } from './serve.mjs';
import { launchChromium } from './browser.mjs';

const out = new URL('../screenshots/', import.meta.url);
mkdirSync(out, { recursive: true });
const server = await startServer(0);
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await launchChromium();
const written = [];

for (const colorScheme of ['light', 'dark']) {
  for (const width of [1280, 375]) {
    const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme });
    await page.goto(`${origin}/`, { waitUntil: 'networkidle' });
    const name = `demo-${colorScheme}-${width}`;
    await page.screenshot({ path: new URL(`${name}.png`, out).pathname });
    written.push(name);
    const widgets = await page.$$('stride-exercise-card, stride-red-flag-checker, stride-form-cues, stride-recovery-timer');
    for (const [i, widget] of widgets.entries()) {
      const tag = await widget.evaluate((el, n) => `${el.localName}-${el.getAttribute('exercise') ?? el.getAttribute('protocol') ?? n}`, i);
      await widget.screenshot({ path: new URL(`${name}-${tag}.png`, out).pathname });
      written.push(`${name}-${tag}`);
    }
    await page.close();
  }
}
// The pages for clinics, whole (their widgets are the same as the demo's), and the figure gallery.
for (const [name, path] of [['themes', '/demo/themes.html'], ['clinic', '/demo/clinic.html'], ['figures', '/demo/figures.html']]) {
  for (const colorScheme of ['light', 'dark']) {
    for (const width of [1280, 375]) {
      const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme });
      await page.goto(`${origin}${path}`, { waitUntil: 'networkidle' });
      const file = `${name}-${colorScheme}-${width}`;
      await page.screenshot({ path: new URL(`${file}.png`, out).pathname, fullPage: true });
      written.push(file);
      await page.close();
    }
  }
}
await browser.close();
server.close();
console.log(written.map((n) => `screenshots/${n}.png`).join('\n'));
