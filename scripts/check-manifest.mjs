/**
 * Fails the build when `custom-elements.json` loses an attribute, event or
 * part the README documents, leaks an internal, points at unshipped source,
 * or disagrees with the theming tokens' defaults (scripts/manifest-rules.mjs).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { documentedApi, documentedTokens, manifestProblems, sourceTokens } from './manifest-rules.mjs';

export function checkManifest(root) {
  const read = (file) => readFileSync(join(root, file), 'utf8');
  const readme = read('README.md');
  const tokens = documentedTokens(readme);
  const problems = [];
  const fromSource = sourceTokens(read('src/styles/tokens.styles.ts'));
  for (const [name, value] of fromSource) {
    if (tokens.get(name) !== value) problems.push(`README Theming: ${name} default is ${tokens.get(name)}, the source's is ${value}`);
  }
  for (const name of tokens.keys()) if (!fromSource.has(name)) problems.push(`README Theming: ${name} is not a token in the source`);
  problems.push(...manifestProblems(JSON.parse(read('custom-elements.json')), documentedApi(readme), tokens));
  if (problems.length) {
    throw new Error(`custom-elements.json does not match the documented API:\n${problems.map((p) => `- ${p}`).join('\n')}`);
  }
}
