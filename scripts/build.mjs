#!/usr/bin/env node
// `npm run build`: the five Vite library builds (see vite.config.ts), the
// space-reserving stylesheet, then the type declarations, the Custom Elements
// Manifest with the typings and editor data generated from it, and the checks
// that fail the build when the manifest loses a documented attribute, event or part.
import { execFileSync } from 'node:child_process';
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkManifest } from './check-manifest.mjs';
import { finishDeclarations } from './declarations.mjs';

// We load vite.config.ts with the bundling loader on purpose (it imports the
// zod schema from src/); Vite's notice about its future native loader is noise here.
process.env.VITE_CONFIG_NATIVE_IGNORE_WARNING = 'true';
const { build } = await import('vite');
const root = fileURLToPath(new URL('..', import.meta.url));

for (const mode of ['production', 'bundle', 'iife', 'validator', 'cdn']) {
  await build({ root, mode, configLoader: 'bundle', logLevel: 'warn' });
}
// Plain CSS, shipped as written: it must work before any script has run.
copyFileSync(new URL('../src/styles/stride-widgets.css', import.meta.url), new URL('../dist/stride-widgets.css', import.meta.url));
const bin = (name) => fileURLToPath(new URL(`../node_modules/.bin/${name}`, import.meta.url));
execFileSync(bin('tsc'), ['-p', 'tsconfig.build.json'], { cwd: root, stdio: 'inherit' });
// The manifest, the framework typings and the editor data (custom-elements-manifest.config.mjs).
execFileSync(bin('cem'), ['analyze', '--quiet'], { cwd: root, stdio: 'inherit' });
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const typeEntries = Object.values(pkg.exports)
  .map((target) => target.types)
  .filter(Boolean)
  .map((file) => join(root, file));
finishDeclarations(join(root, 'dist/types'), typeEntries);
checkManifest(root);
console.log('build: dist/, custom-elements.json, framework typings and editor data written');
