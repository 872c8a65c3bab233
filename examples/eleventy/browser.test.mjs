// Run by scripts/examples.mjs against the built site (dist/) in headless Chromium.
import assert from 'node:assert/strict';

/** @param {{ page: import('playwright-core').Page }} context */
export default async function ({ page }) {
  // The page as built: every widget pre-rendered, the clinic catalogue inline before the first.
  const built = await page.evaluate(() => fetch(location.href).then((r) => r.text()));
  for (const tag of ['stride-exercise-card', 'stride-red-flag-checker', 'stride-form-cues', 'stride-recovery-timer']) {
    assert.match(built, new RegExp(`<${tag} [^>]*><template shadowroot="open" shadowrootmode="open">`), tag);
  }
  const inline = /<stride-catalogue mode="merge" hidden><script type="application\/json">(.*?)<\/script><\/stride-catalogue>\s*<stride-exercise-card/.exec(built);
  assert.ok(inline, 'the clinic catalogue is inline, before the first widget');
  assert.equal(JSON.parse(inline[1]).ui.exerciseCard.stepsHeading, 'How to do it (Riverside Running Clinic)');
  assert.match(built, /<template shadowroot[^>]*>[\s\S]*How to do it \(Riverside Running Clinic\)/);

  // Hydrated by the script at the end of <body>, with the same content, and working.
  await page.waitForFunction(() => document.querySelector('stride-red-flag-checker')?.hasUpdated);
  await page.locator('stride-exercise-card h3', { hasText: 'How to do it (Riverside Running Clinic)' }).waitFor();
  await page.locator('stride-red-flag-checker input[name="both-legs"][value="yes"]').check();
  assert.equal(await page.locator('stride-red-flag-checker [part="result"]').getAttribute('data-level'), 'emergency');

  // With JavaScript off, the card still reads in full and the checker says it needs JavaScript.
  const off = await page.context().browser().newPage({ javaScriptEnabled: false });
  try {
    await off.goto(page.url());
    assert.ok(await off.locator('stride-exercise-card h3', { hasText: 'Riverside Running Clinic' }).isVisible());
    assert.ok(await off.locator('stride-red-flag-checker [part="no-script"]').isVisible());
  } finally {
    await off.close();
  }
}
