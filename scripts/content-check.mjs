#!/usr/bin/env node
// `npm run content:check [-- file.json]`: the plain-language check of a
// catalogue (the bundled one unless a file is given, so a clinic's catalogue
// or a translation can be checked too). Prints one line per problem with its
// JSON path, then the reading age of each section; exits 1 on any problem.
// The rules live in content-rules.mjs.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { contentProblems, isEnglish, sectionReadingAges, READING_AGE_MAX } from './content-rules.mjs';

const file = process.argv[2] ?? fileURLToPath(new URL('../src/catalogue/catalogue.json', import.meta.url));

/** @type {unknown} */
let catalogue;
try {
  catalogue = JSON.parse(readFileSync(file, 'utf8'));
} catch (error) {
  console.error(`content:check: cannot read ${file}: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}

const problems = contentProblems(catalogue);
for (const problem of problems) console.log(problem);

if (isEnglish(catalogue)) {
  const ages = sectionReadingAges(catalogue);
  const width = Math.max(...ages.map(({ section }) => section.length));
  console.log(`\nreading age (Flesch–Kincaid grade + 5; at most ${READING_AGE_MAX}):`);
  for (const { section, readingAge } of ages) {
    const mark = readingAge > READING_AGE_MAX ? '  too high' : '';
    console.log(`  ${section.padEnd(width)}  ${readingAge.toFixed(1).padStart(4)}${mark}`);
  }
} else {
  // Flesch–Kincaid, the jargon list and the question prefix are English rules.
  const locale = /** @type {{ locale: string }} */ (catalogue).locale;
  console.log(`\nlocale "${locale}" is not English: word limits checked; reading age, jargon and wording rules skipped (English only).`);
}

if (problems.length) {
  console.log(`\ncontent:check: ${problems.length} problem${problems.length === 1 ? '' : 's'} in ${file}`);
  process.exit(1);
}
console.log(`\ncontent:check: no problems in ${file}`);
