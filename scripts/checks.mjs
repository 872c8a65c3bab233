// The small harness every end-to-end script shares: named checks that record
// a pass or a failure (with its stack) and go on, and the closing
// "N passed, N failed" line that scripts/test.mjs counts.

export function createChecks() {
  const results = [];

  async function check(name, fn) {
    try {
      await fn();
      results.push({ name, ok: true });
      console.log(`  ✓ ${name}`);
    } catch (error) {
      results.push({ name, ok: false });
      console.log(`  ✗ ${name}\n    ${String(error?.stack ?? error).split('\n').join('\n    ')}`);
    }
  }

  function assert(condition, message) {
    if (!condition) throw new Error(message);
  }

  /** Prints the tally under `label` and exits non-zero if any check failed. */
  function finish(label) {
    const passed = results.filter((r) => r.ok).length;
    const failed = results.length - passed;
    console.log(`${label}: ${passed} passed, ${failed} failed`);
    process.exit(failed ? 1 : 0);
  }

  return { check, assert, finish };
}
