// Run by scripts/examples.mjs against the built app (dist/) in headless Chromium.
import assert from 'node:assert/strict';

/** @param {{ page: import('playwright-core').Page }} context */
export default async function ({ page }) {
  const boxes = page.locator('stride-form-cues input[type="checkbox"]');
  await boxes.first().waitFor();
  assert.equal(await page.locator('stride-form-cues h2').count() > 0, true, 'heading-level="2" gives an h2');
  assert.equal(await page.locator('#checked').textContent(), '0 checked');

  // The onstride-cues-change handler reads e.detail.checked.
  await boxes.nth(0).check();
  await boxes.nth(1).check();
  await page.locator('#checked').filter({ hasText: '2 checked' }).waitFor();
}
