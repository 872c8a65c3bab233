// `npm run check`: one svelte-check run over the app (src/) and wrong-type/,
// which uses `theme` once rightly and once wrongly. It must report exactly one
// error, on the line marked "wrong": no error there would mean the typings
// check nothing; any other error is a real one.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const fixture = 'wrong-type/WrongType.svelte';
const wrongLine = readFileSync(new URL(fixture, import.meta.url), 'utf8')
  .split('\n')
  .findIndex((line) => line.includes('<!-- wrong -->')) + 1;

const run = spawnSync('svelte-check', ['--tsconfig', './tsconfig.json', '--output', 'machine', '--fail-on-warnings'], {
  encoding: 'utf8',
  shell: process.platform === 'win32',
});
if (run.error) throw run.error;
const problems = run.stdout.split('\n').filter((line) => /^\d+ (ERROR|WARNING) /.test(line));
if (problems.length !== 1 || !problems[0].includes(`"${fixture}" ${wrongLine}:`)) {
  console.error(`svelte-check should report one error, on ${fixture} line ${wrongLine}; it reported:\n${run.stdout}${run.stderr}`);
  process.exit(1);
}
console.log(`svelte-check: no problem in src/, and it caught the wrong attribute type (${fixture}:${wrongLine}).`);
