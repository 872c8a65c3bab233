import { readFile } from 'node:fs/promises';
import { UsageError } from './errors.mjs';

/** A file's text, or stdin's for `-`; a file that cannot be read is a usage error. */
export async function readInput(file) {
  if (file === '-') {
    const chunks = [];
    for await (const chunk of process.stdin) chunks.push(chunk);
    return Buffer.concat(chunks).toString('utf8');
  }
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    throw new UsageError(`${file}: ${error.code === 'ENOENT' ? 'no such file' : error.message}`);
  }
}

/** A JSON file, parsed. Not JSON: `null` (the caller reports it as a problem with the file, exit 1). */
export async function readJsonFile(file) {
  const text = await readInput(file);
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return { ok: false, problem: `${file}: is not valid JSON (${error.message})` };
  }
}

export function checkMode(command, mode) {
  if (mode !== undefined && mode !== 'merge' && mode !== 'replace') {
    throw new UsageError(`${command}: --mode must be merge or replace, not "${mode}"`);
  }
  return mode ?? 'merge';
}
