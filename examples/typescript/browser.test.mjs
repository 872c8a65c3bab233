// Run by scripts/examples.mjs against the built app (dist/) in headless Chromium.
// src/own-tag.ts (the README's "own tag" snippet) is type-checked only: registering a
// class under a second tag needs the define() fallback from the host-pages work.

/** @param {{ page: import('playwright-core').Page }} context */
export default async function ({ page }) {
  await page.locator('stride-red-flag-checker fieldset').first().waitFor();

  // The typed listener reads e.detail.level.
  await page.locator('stride-red-flag-checker fieldset').first().locator('input[value="yes"]').check();
  await page.locator('#level').filter({ hasText: 'emergency' }).waitFor();
}
