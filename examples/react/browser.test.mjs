// Run by scripts/examples.mjs against the built app (dist/) in headless Chromium.
import assert from 'node:assert/strict';

/** @param {{ page: import('playwright-core').Page }} context */
export default async function ({ page }) {
  // Playwright's CSS locators pierce open shadow roots.
  await page.locator('stride-exercise-card h2').filter({ hasText: /bird dog/i }).waitFor();

  // The heading-level attribute reached the element as an attribute.
  assert.equal(await page.locator('stride-exercise-card').getAttribute('heading-level'), '2');

  // One emergency "yes" shows the result at once: the onstride-triage prop reads e.detail.level,
  // and the ref reads the element's `result`.
  await page.locator('stride-red-flag-checker fieldset').first().locator('input[value="yes"]').check();
  await page.locator('#level').filter({ hasText: 'emergency' }).waitFor();
  assert.notEqual((await page.locator('#reasons').textContent())?.trim(), '');
}
