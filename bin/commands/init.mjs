// `stride-widgets init [--out clinic.json]`
// A starting point for a clinic: the bundled catalogue in force (`getCatalogue` of the built entry), with `$schema`
// first so an editor checks and completes it, and `review.reviewed: false` until the clinic's own clinician signs it.
import { writeFile } from 'node:fs/promises';
import { getCatalogue } from '../../dist/catalogue.js';
import { UsageError } from './errors.mjs';

/** Where an installed package's schema is, from a catalogue beside the site's package.json. */
export const SCHEMA_PATH = './node_modules/stride-widgets/dist/catalogue.schema.json';

export const help = `Usage: stride-widgets init [--out clinic.json]

Writes a starter clinic catalogue: the bundled one, with "$schema" pointing at
${SCHEMA_PATH}
(your editor then checks and completes it) and review.reviewed false. Edit it,
check it with "stride-widgets validate", then load it on your pages with
<stride-catalogue src="clinic.json" mode="replace">, or keep only the
entries you change and load it with mode="merge".

Options:
  --out <file>  write the catalogue to this file (it must not exist yet);
                without it, the catalogue goes to stdout
  -h, --help    this help

Exit status: 0 written, 2 wrong use (unknown option, the file exists).`;

export const options = {
  out: { type: 'string' },
};

/** The order a clinic reads it in: what it is and who reviewed it first, then the content (any other section after). */
const ORDER = ['version', 'locale', 'review', 'sources', 'exercises', 'redFlagSets', 'cueGroups', 'cues', 'protocols', 'routines', 'ui'];

export function starterCatalogue() {
  const { $schema: _bundledHasNone, ...catalogue } = structuredClone(getCatalogue());
  catalogue.review = { ...catalogue.review, reviewed: false };
  // The build groups sources by the widgets that cite them; a clinic editing the file finds one by its id.
  catalogue.sources = [...(catalogue.sources ?? [])].sort((a, b) => a.id.localeCompare(b.id));
  const keys = [...ORDER.filter((key) => key in catalogue), ...Object.keys(catalogue).filter((key) => !ORDER.includes(key))];
  return { $schema: SCHEMA_PATH, ...Object.fromEntries(keys.map((key) => [key, catalogue[key]])) };
}

export async function run({ values, positionals }) {
  if (positionals.length) throw new UsageError(`init: no arguments expected, got ${positionals.join(' ')} (use --out <file>)`);
  const json = `${JSON.stringify(starterCatalogue(), null, 2)}\n`;
  if (values.out === undefined) {
    process.stdout.write(json);
    return 0;
  }
  try {
    // 'wx': never overwrite a catalogue a clinic has already edited.
    await writeFile(values.out, json, { flag: 'wx' });
  } catch (error) {
    throw new UsageError(`init: ${values.out}: ${error.code === 'EEXIST' ? 'already exists (not overwritten)' : error.message}`);
  }
  process.stderr.write(`init: wrote ${values.out}; next: stride-widgets validate ${values.out}\n`);
  return 0;
}
