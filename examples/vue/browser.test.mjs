// Run by scripts/examples.mjs against the built app (dist/) in headless Chromium.
import assert from 'node:assert/strict';

/** @param {{ page: import('playwright-core').Page }} context */
export default async function ({ page }) {
  // Rendered by the element (isCustomElement left it to the browser), with its attributes.
  await page.locator('stride-recovery-timer').getByRole('heading', { name: 'Hamstring stretch' }).waitFor();
  assert.equal(await page.locator('#status').textContent(), 'Not finished yet');

  // A 2 s timer: @stride-timer-complete updates the page when it ends.
  await page.locator('stride-recovery-timer [part="start-button"]').click();
  await page.locator('#status').filter({ hasText: 'Time is up' }).waitFor({ timeout: 15_000 });
}
