// `npm run bench`: how long `stride-widgets validate` takes on a 500-exercise clinic catalogue (the real bin,
// spawned, so Node's start and the module loading are counted, as a clinic would see it). A figure, not a test.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { catalogueWithExercises } from './big-catalogue.mjs';

export async function printValidateFigures() {
  const bin = fileURLToPath(new URL('../bin/stride-widgets.mjs', import.meta.url));
  const dir = mkdtempSync(join(tmpdir(), 'stride-bench-validate-'));
  try {
    const file = join(dir, 'clinic-500.json');
    writeFileSync(file, JSON.stringify(catalogueWithExercises(500)));
    const runs = [];
    for (let i = 0; i < 3; i++) {
      const start = performance.now();
      const { status, stderr } = spawnSync(process.execPath, [bin, 'validate', file], { encoding: 'utf8' });
      runs.push(performance.now() - start);
      if (status !== 0) throw new Error(`bench: validate failed (${status}): ${stderr}`);
    }
    runs.sort((a, b) => a - b);
    console.log(`stride-widgets validate, 500-exercise catalogue: ${Math.round(runs[1])} ms (median of 3, process start included)`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
