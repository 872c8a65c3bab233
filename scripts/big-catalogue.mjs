// A clinic catalogue with many exercises (copies of the bundled ones under new ids), for the command line's test
// and its `npm run bench` figure: a large file must validate, and how long it takes is worth knowing.
import { readFileSync } from 'node:fs';

const bundled = JSON.parse(readFileSync(new URL('../src/catalogue/catalogue.json', import.meta.url), 'utf8'));

/** A merge-mode clinic catalogue adding `count` exercises, each valid. */
export function catalogueWithExercises(count) {
  const exercises = Array.from({ length: count }, (_, i) => {
    const base = bundled.exercises[i % bundled.exercises.length];
    return { ...structuredClone(base), id: `clinic-${i + 1}-${base.id}`, name: `${base.name} (${i + 1})` };
  });
  return { $schema: './node_modules/stride-widgets/dist/catalogue.schema.json', exercises };
}
