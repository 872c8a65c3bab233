// `stride-widgets render [file|-] [--catalogue clinic.json] [--mode merge|replace]`
import { CatalogueError, renderHTML } from '../../dist/ssr.js';
import { UsageError } from './errors.mjs';
import { checkMode, readInput, readJsonFile } from './io.mjs';

export const help = `Usage: stride-widgets render [file|-] [--catalogue clinic.json] [--mode merge|replace]

Pre-renders every stride-* element of an HTML page or fragment (declarative
shadow DOM) and prints the page. Reads the file, or stdin when it is "-" or
left out. With --catalogue, the widgets show that clinic catalogue's content
and the page carries it inline, so the browser hydrates with the same content.

Options:
  --catalogue <file>  a clinic catalogue (JSON), checked as loadCatalogue checks it
  --mode <mode>       merge (default): added to the bundled catalogue; replace: the whole catalogue
  -h, --help          this help

Exit status: 0 done, 1 the catalogue is not valid, 2 wrong use (unknown option, missing file).`;

export const options = {
  catalogue: { type: 'string' },
  mode: { type: 'string' },
};

export async function run({ values, positionals }) {
  if (positionals.length > 1) throw new UsageError(`render: one input at most, got ${positionals.join(' ')}`);
  const mode = checkMode('render', values.mode);
  if (values.mode !== undefined && values.catalogue === undefined) throw new UsageError('render: --mode needs --catalogue');
  let catalogue;
  if (values.catalogue !== undefined) {
    const read = await readJsonFile(values.catalogue);
    if (!read.ok) {
      process.stderr.write(`${read.problem}\n`);
      return 1;
    }
    catalogue = read.value;
  }
  const html = await readInput(positionals[0] ?? '-');
  try {
    process.stdout.write(await renderHTML(html, { catalogue, mode }));
  } catch (error) {
    if (!(error instanceof CatalogueError)) throw error;
    process.stderr.write(`${error.issues.join('\n')}\n`);
    return 1;
  }
  return 0;
}
