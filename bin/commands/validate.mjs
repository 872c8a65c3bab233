// `stride-widgets validate clinic.json [--mode merge|replace]`
// The browser's own check: `loadCatalogue` from the built `stride-widgets/catalogue` entry, so the messages (schema
// and cross-references, every problem with its JSON path) are the ones a page would get. In merge mode the clinic's
// references resolve against the bundled catalogue merged with its own entries.
import { CatalogueError, loadCatalogue } from '../../dist/catalogue.js';
import { UsageError } from './errors.mjs';
import { checkMode, readJsonFile } from './io.mjs';

export const help = `Usage: stride-widgets validate clinic.json [--mode merge|replace]

Checks a clinic catalogue as the browser's loadCatalogue checks it (the
schema, then the ids and sources it refers to) and prints every problem on
its own line, named by its JSON path: exercises[0].steps: expected array

Options:
  --mode <mode>  merge (default): the file adds to or replaces entries of the
                 bundled catalogue, every section optional; replace: the file
                 is the whole catalogue
  -h, --help     this help

Exit status: 0 valid, 1 not JSON or not a valid catalogue, 2 wrong use
(unknown option, no file or a missing file).`;

export const options = {
  mode: { type: 'string' },
};

export async function run({ values, positionals }) {
  if (positionals.length !== 1) {
    throw new UsageError(`validate: expected one catalogue file, got ${positionals.length ? positionals.join(' ') : 'none'}`);
  }
  const [file] = positionals;
  if (file === '-') throw new UsageError('validate: give the catalogue as a file');
  const mode = checkMode('validate', values.mode);
  const read = await readJsonFile(file);
  if (!read.ok) {
    process.stderr.write(`${read.problem}\n`);
    return 1;
  }
  try {
    await loadCatalogue(read.value, { mode });
  } catch (error) {
    if (!(error instanceof CatalogueError)) throw error;
    process.stderr.write(`${error.issues.join('\n')}\n`);
    return 1;
  }
  process.stdout.write(`${file}: a valid catalogue (${mode})\n`);
  return 0;
}
