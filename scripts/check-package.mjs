#!/usr/bin/env node
/**
 * `npm run test:package` (after `npm run build`): packs the package as npm
 * would publish it, then checks the tarball, offline:
 * - every `exports` target (and `types`, `customElements`, `web-types`) is in it;
 * - source maps are left out, or under 25% of its unpacked size;
 * - publint (`--strict`: warnings fail too);
 * - arethetypeswrong with the `esm-only` profile: every entry's types resolve
 *   for `node16` (from ESM) and `bundler`. The profile leaves out `node10`
 *   and `node16` from CommonJS on purpose: the package is ES modules only and
 *   reachable only through `exports`, and TypeScript 7 has no `node10`
 *   resolution any more.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = (name) => join(root, 'node_modules/.bin', name);
const dir = mkdtempSync(join(tmpdir(), 'stride-pack-'));
const problems = [];

try {
  // The build has just run (`npm test` chains this after it), so skip `prepack`'s second build.
  const [packed] = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', dir], { cwd: root, encoding: 'utf8' }),
  );
  const tarball = join(dir, packed.filename);
  const files = new Map(packed.files.map((f) => [f.path, f.size]));

  const pkg = JSON.parse(execFileSync('tar', ['-xzOf', tarball, 'package/package.json'], { encoding: 'utf8' }));
  const targets = [pkg.types, pkg.customElements, pkg['web-types'], pkg.main];
  for (const target of Object.values(pkg.exports)) {
    targets.push(...(typeof target === 'string' ? [target] : Object.values(target)));
  }
  for (const target of targets) {
    const path = target.replace(/^\.\//, '');
    if (!files.has(path)) problems.push(`${path}: named in package.json but not in the tarball`);
  }
  const mapBytes = [...files].filter(([path]) => path.endsWith('.map')).reduce((sum, [, size]) => sum + size, 0);
  if (mapBytes > packed.unpackedSize * 0.25) {
    problems.push(`source maps are ${Math.round((100 * mapBytes) / packed.unpackedSize)}% of the unpacked size (at most 25%)`);
  }
  for (const path of files.keys()) if (path.startsWith('src/')) problems.push(`${path}: source in the tarball`);
  console.log(
    `test:package: ${packed.filename}: ${files.size} files, ${(packed.size / 1000).toFixed(1)} kB packed, ${(packed.unpackedSize / 1000).toFixed(1)} kB unpacked`,
  );

  // Plain stylesheets (`./stride-widgets.css`) have no types to resolve: attw would report them as unresolved.
  const stylesheets = Object.entries(pkg.exports)
    .filter(([, target]) => typeof target === 'string' && target.endsWith('.css'))
    .map(([entry]) => entry);
  for (const [name, args] of [
    ['publint', ['run', tarball, '--strict']],
    ['attw', [tarball, '--profile', 'esm-only', '--format', 'table-flipped', ...(stylesheets.length ? ['--exclude-entrypoints', ...stylesheets] : [])]],
  ]) {
    try {
      execFileSync(bin(name), args, { cwd: dir, stdio: 'inherit' });
    } catch {
      problems.push(`${name} failed (see above)`);
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

if (problems.length) {
  console.error(`test:package:\n${problems.map((p) => `- ${p}`).join('\n')}`);
  process.exit(1);
}
console.log('test:package: the tarball is complete; publint and arethetypeswrong pass');
