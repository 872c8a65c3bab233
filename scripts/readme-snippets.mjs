// The README's framework snippets are copies of files in examples/, which
// `npm test` type-checks, builds and runs: this keeps the copies true.
// In README.md, a line `<!-- snippet: examples/<path> -->` is followed by a
// fenced code block holding that file's whole text.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const MARKER = /^<!-- snippet: (examples\/\S+) -->\n+```[\w-]*\n([\s\S]*?)^```$/gm;

/** The README's snippets: `{ path, text }` for each marker and the block after it. */
export function readmeSnippets(readme) {
  return [...readme.replace(/\r\n/g, '\n').matchAll(MARKER)].map(([, path, text]) => ({ path, text }));
}

/**
 * Throws unless every snippet matches its file and every example folder has
 * at least one snippet; returns a short note of what was checked.
 */
export function checkSnippets(root, examples) {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const snippets = readmeSnippets(readme);
  const markers = readme.match(/<!-- snippet: /g)?.length ?? 0;
  const problems = [];
  if (markers !== snippets.length) problems.push(`${markers - snippets.length} snippet marker(s) not followed by a code block`);
  for (const { path, text } of snippets) {
    const file = join(root, path);
    if (!existsSync(file)) problems.push(`${path}: no such file`);
    else if (readFileSync(file, 'utf8').replace(/\r\n/g, '\n').trimEnd() !== text.trimEnd()) {
      problems.push(`${path}: the README's copy differs from the file (copy the file into the README again)`);
    }
  }
  for (const name of examples) {
    if (!snippets.some((s) => s.path.startsWith(`examples/${name}/`))) problems.push(`examples/${name}: no snippet in the README`);
  }
  if (problems.length) throw new Error(problems.join('\n'));
  return `${snippets.length} snippets`;
}
