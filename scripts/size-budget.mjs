#!/usr/bin/env node
// The size budget (a stage of `npm test`, after the build): gzip bytes a page
// downloads are deterministic, so exceeding a limit in scripts/sizes.mjs
// fails. Prints "N passed, N failed".
import { BUDGETS, budgetBytes, kB } from './sizes.mjs';

let failed = 0;
for (const budget of BUDGETS) {
  const { label, target, limit } = budget;
  const { gz } = budgetBytes(budget);
  const ok = gz <= limit;
  if (!ok) failed += 1;
  const status = gz <= target ? 'target met' : `target ${kB(target)} not met yet`;
  console.log(`  ${ok ? '✓' : '✗'} ${label}: ${kB(gz)} (limit ${kB(limit)}; ${status})`);
}
console.log(`size-budget: ${BUDGETS.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
