// svelte-check must reject a wrong attribute type: run it on wrong-type/
// (one right and one wrong use of `theme`) and expect exactly one error, on
// the line marked "wrong". Passing there would mean the typings check nothing.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const fixture = fileURLToPath(new URL('wrong-type/', import.meta.url));
const source = readFileSync(new URL('WrongType.svelte', `file://${fixture}`), 'utf8').split('\n');
const wrongLine = source.findIndex((line) => line.includes('<!-- wrong -->')) + 1;

const run = spawnSync('svelte-check', ['--workspace', fixture, '--tsconfig', `${fixture}tsconfig.json`, '--output', 'machine'], {
  encoding: 'utf8',
  shell: process.platform === 'win32',
});
if (run.error) throw run.error;
const errors = run.stdout.split('\n').filter((line) => /^\d+ ERROR /.test(line));
const expected = errors.length === 1 && errors[0].includes(`WrongType.svelte" ${wrongLine}:`);
if (run.status === 0 || !expected) {
  console.error(`svelte-check should report one error, on WrongType.svelte line ${wrongLine}; it reported:\n${run.stdout}${run.stderr}`);
  process.exit(1);
}
console.log(`svelte-check caught the wrong attribute type (WrongType.svelte:${wrongLine}).`);
