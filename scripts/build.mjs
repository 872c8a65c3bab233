#!/usr/bin/env node
// `npm run build`: the five Vite library builds (see vite.config.ts), then the
// type declarations and the Custom Elements Manifest.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

// We load vite.config.ts with the bundling loader on purpose (it imports the
// zod schema from src/); Vite's notice about its future native loader is noise here.
process.env.VITE_CONFIG_NATIVE_IGNORE_WARNING = 'true';
const { build } = await import('vite');
const root = fileURLToPath(new URL('..', import.meta.url));

for (const mode of ['production', 'bundle', 'iife', 'validator', 'cdn']) {
  await build({ root, mode, configLoader: 'bundle', logLevel: 'warn' });
}
const bin = (name) => fileURLToPath(new URL(`../node_modules/.bin/${name}`, import.meta.url));
execFileSync(bin('tsc'), ['-p', 'tsconfig.build.json'], { cwd: root, stdio: 'inherit' });
execFileSync(bin('cem'), ['analyze', '--litelement', '--globs', 'src/components/**/*.component.ts', '--outdir', '.', '--quiet'], {
  cwd: root,
  stdio: 'inherit',
});
console.log('build: dist/ and custom-elements.json written');
