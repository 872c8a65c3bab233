/**
 * Finishes the `.d.ts` files that `tsc -p tsconfig.build.json` writes to
 * `dist/types/`, so they resolve under every `moduleResolution`:
 * - relative imports get explicit extensions (`./merge` → `./merge.js`,
 *   `./catalogue` → `./catalogue/index.js`): `node16`/`nodenext` require them,
 *   and without them every Stride type silently becomes `any`. The source keeps
 *   extensionless imports (Vite, esbuild and `moduleResolution: bundler`
 *   resolve them), so this is done once here rather than in every file;
 * - declarations that no public entry reaches (styles, build-only modules)
 *   are removed, so the package ships only the types users can import.
 * Any relative import that does not resolve to a declaration fails the build.
 */
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/** `from './x'`, `import './x'`, `import('./x')`: every place a `.d.ts` names another module. */
const SPECIFIER = /(\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)(['"])(\.{1,2}\/[^'"]*)\2/g;

function declarationFor(fromFile, specifier) {
  const base = resolve(dirname(fromFile), specifier.replace(/\.js$/, ''));
  if (existsSync(`${base}.d.ts`)) return { file: `${base}.d.ts`, specifier: `${specifier.replace(/\.js$/, '')}.js` };
  if (existsSync(join(base, 'index.d.ts')) && statSync(base).isDirectory()) {
    return { file: join(base, 'index.d.ts'), specifier: `${specifier.replace(/\/$/, '')}/index.js` };
  }
  return null;
}

function allDeclarations(dir) {
  return readdirSync(dir, { recursive: true })
    .map((name) => join(dir, String(name)))
    .filter((file) => file.endsWith('.d.ts'));
}

/**
 * @param {string} typesDir `dist/types`, absolute
 * @param {string[]} entries the `.d.ts` files package.json's `exports` point at, absolute
 */
export function finishDeclarations(typesDir, entries) {
  const problems = [];
  const reached = new Set();
  const queue = [...entries];
  for (const entry of entries) if (!existsSync(entry)) problems.push(`${relative(typesDir, entry)}: missing (named in package.json exports)`);
  while (queue.length) {
    const file = queue.pop();
    if (reached.has(file) || !existsSync(file)) continue;
    reached.add(file);
    const text = readFileSync(file, 'utf8').replace(SPECIFIER, (whole, lead, quote, specifier) => {
      const target = declarationFor(file, specifier);
      if (!target) {
        problems.push(`${relative(typesDir, file)}: cannot resolve ${specifier}`);
        return whole;
      }
      queue.push(target.file);
      return `${lead}${quote}${target.specifier}${quote}`;
    });
    writeFileSync(file, text);
  }
  if (problems.length) throw new Error(`dist/types:\n${problems.map((p) => `- ${p}`).join('\n')}`);
  for (const file of allDeclarations(typesDir)) if (!reached.has(file)) rmSync(file);
  return reached.size;
}
