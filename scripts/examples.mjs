#!/usr/bin/env node
// The example apps in examples/, as a user would have them: each installs the
// package from `npm pack`'s tarball, type-checks, builds, and its built app is
// driven in headless Chromium. Needs a build (`npm run build`) first.
// Prints each example's time and "N passed, N failed".
//
//   node scripts/examples.mjs            every example
//   node scripts/examples.mjs react vue  some of them
//   STRIDE_TARBALL=x.tgz node scripts/examples.mjs   against that tarball instead of packing dist/
//   node scripts/examples.mjs --lock     after changing an example's dependencies: install, and write
//                                        examples/package-lock.json
//
// The examples are copied to a folder outside the repository and installed
// there, so nothing in them can resolve from the root's node_modules (a
// dependency the tarball forgot would fail here as it would for a user). The
// install is kept between runs: npm runs again only when the lockfile or a
// package.json changed (all of it) or the tarball did (only stride-widgets).
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from './browser.mjs';
import { checkSnippets } from './readme-snippets.mjs';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const source = join(root, 'examples');
// One folder per checkout, so worktrees on one machine do not share an install.
const work = join(tmpdir(), `stride-widgets-examples-${createHash('sha256').update(root).digest('hex').slice(0, 8)}`);
const stampFile = join(work, 'node_modules', '.stride-install.json');

/**
 * Typing files generated from the manifest, and the example whose check must
 * fail without each (proved on every run: a typing nothing uses proves nothing).
 */
const TYPINGS = {
  react: 'dist/types/frameworks/jsx.d.ts',
  vue: 'dist/types/frameworks/vue.d.ts',
  svelte: 'dist/types/frameworks/svelte.d.ts',
  typescript: 'dist/types/events.d.ts',
};

const results = [];
const seconds = (t0) => `${((Date.now() - t0) / 1000).toFixed(1)} s`;

async function check(name, fn) {
  const t0 = Date.now();
  try {
    const note = await fn();
    results.push({ name, ok: true });
    console.log(`  ✓ ${name} (${seconds(t0)}${note ? `; ${note}` : ''})`);
  } catch (error) {
    results.push({ name, ok: false });
    // A command's failure is its output; a failed assertion, its message and where in the test it failed.
    const text = error?.output !== undefined ? error.message : String(error?.stack ?? error).replace(/\n\s+at .*node:internal.*$/gm, '');
    console.log(`  ✗ ${name} (${seconds(t0)})\n${indent(text)}`);
  }
}

/** Runs a command; resolves with its output, rejects with it when the exit code is not 0. */
function run(command, args, cwd, { quiet = false } = {}) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, {
      cwd,
      env: { ...process.env, PUPPETEER_SKIP_DOWNLOAD: '1', PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1', NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) {
        if (!quiet && output.trim()) console.log(indent(output));
        resolvePromise(output);
      } else {
        const error = new Error(`${command} ${args.join(' ')} (in ${relative(work, cwd) || '.'}) exited with ${code}\n${output}`);
        error.output = output;
        reject(error);
      }
    });
  });
}

const indent = (text) => text.trimEnd().replace(/^/gm, '    ');
const sha256 = (data) => createHash('sha256').update(data).digest('hex');

/** The example folders: every folder of examples/ with a package.json (see examples/README.md). */
function exampleNames() {
  return readdirSync(source, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(source, d.name, 'package.json')))
    .map((d) => d.name)
    .sort();
}

/** Removes everything under `dir` but installed packages (node_modules folders at any depth). */
function clearSources(dir) {
  if (!existsSync(dir)) return;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules') continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      clearSources(path);
      if (readdirSync(path).length === 0) rmSync(path, { recursive: true });
    } else rmSync(path, { force: true });
  }
}

/** examples/ (sources only) into the work folder, replacing the previous copy's sources. */
function copySources() {
  mkdirSync(work, { recursive: true });
  clearSources(work);
  cpSync(source, work, {
    recursive: true,
    filter: (path) => !/[/\\](node_modules|dist|\.pack)$/.test(path),
  });
  writeLock(join(source, 'package-lock.json'), join(work, 'package-lock.json'));
}

/**
 * Copies a lockfile without the tarball's integrity: npm writes it, and with
 * it a changed tarball is installed from npm's cache under the old integrity
 * (measured), and the committed lockfile would change with every build.
 */
function writeLock(from, to) {
  const lock = JSON.parse(readFileSync(from, 'utf8'));
  for (const [path, entry] of Object.entries(lock.packages ?? {})) {
    if (path.endsWith('node_modules/stride-widgets')) delete entry.integrity;
  }
  writeFileSync(to, `${JSON.stringify(lock, null, 2)}\n`);
}

/** `npm pack` of the built package into the work folder's .pack/stride-widgets.tgz. */
async function pack() {
  const dir = join(work, '.pack');
  if (process.env.STRIDE_TARBALL) {
    // Another build's tarball (a release, another branch's): tried as is.
    mkdirSync(dir, { recursive: true });
    cpSync(process.env.STRIDE_TARBALL, join(dir, 'stride-widgets.tgz'));
    return `${process.env.STRIDE_TARBALL} (STRIDE_TARBALL)`;
  }
  if (!existsSync(join(root, 'dist', 'index.js'))) throw new Error('dist/ is missing: run `npm run build` first');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  // The build stage has just built dist/: prepack would build it again.
  const output = await run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', dir], root, { quiet: true });
  const [{ filename, size, entryCount }] = JSON.parse(output.slice(output.indexOf('[')));
  renameSync(join(dir, filename), join(dir, 'stride-widgets.tgz'));
  return `${filename}, ${entryCount} files, ${(size / 1024).toFixed(1)} kB`;
}

/** Installs what changed since the last run (see the header). */
async function install() {
  const tarball = sha256(readFileSync(join(work, '.pack', 'stride-widgets.tgz')));
  const manifests = ['package-lock.json', 'package.json', ...exampleNames().map((name) => join(name, 'package.json'))];
  const deps = sha256(manifests.map((file) => `${file}\n${readFileSync(join(work, file), 'utf8')}`).join('\n'));
  const stamp = existsSync(stampFile) ? JSON.parse(readFileSync(stampFile, 'utf8')) : {};
  const args = ['install', '--no-save', '--no-audit', '--no-fund'];
  let what;
  // npm considers a file: dependency already installed up to date, even after a full install with changed
  // manifests: remove it whenever the tarball changed, so it is unpacked again from the new one.
  if (stamp.tarball !== tarball) rmSync(join(work, 'node_modules', 'stride-widgets'), { recursive: true, force: true });
  if (stamp.deps !== deps) {
    await run('npm', args, work, { quiet: true });
    what = 'full install';
  } else if (stamp.tarball !== tarball) {
    await run('npm', args, work, { quiet: true });
    what = 'stride-widgets reinstalled from the new tarball';
  } else {
    what = 'already installed from this tarball';
  }
  await assertInstalledFromTarball();
  writeFileSync(stampFile, JSON.stringify({ deps, tarball }));
  return what;
}

/** node_modules/stride-widgets is a real folder holding exactly the tarball's files (never a link to the source). */
async function assertInstalledFromTarball() {
  const installed = join(work, 'node_modules', 'stride-widgets');
  if (lstatSync(installed).isSymbolicLink()) throw new Error(`${installed} is a symbolic link`);
  const unpacked = mkdtempSync(join(tmpdir(), 'stride-tarball-'));
  try {
    await run('tar', ['-xzf', join(work, '.pack', 'stride-widgets.tgz'), '-C', unpacked], work, { quiet: true });
    const files = (dir) => readdirSync(dir, { recursive: true }).filter((f) => statSync(join(dir, f)).isFile()).sort();
    const want = files(join(unpacked, 'package'));
    const have = files(installed);
    if (want.join('\n') !== have.join('\n')) throw new Error('node_modules/stride-widgets does not hold the files of the tarball');
    for (const file of want) {
      if (!readFileSync(join(unpacked, 'package', file)).equals(readFileSync(join(installed, file)))) {
        throw new Error(`node_modules/stride-widgets/${file} differs from the tarball's`);
      }
    }
  } finally {
    rmSync(unpacked, { recursive: true, force: true });
  }
}

const MIME = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml' };

/** Serves one built app (its dist/) on a free port; `/` is index.html. */
function serve(dir) {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (path === '/favicon.ico') {
      res.writeHead(204).end(); // asked for by the browser, not by the app
      return;
    }
    const file = resolve(dir, `.${path.endsWith('/') ? `${path}index.html` : path}`);
    if (!file.startsWith(dir) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end('Not found');
      return;
    }
    res.writeHead(200, { 'content-type': `${MIME[extname(file)] ?? 'application/octet-stream'}; charset=utf-8` });
    res.end(readFileSync(file));
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

/** Runs examples/<name>/browser.test.mjs against the built app, failing on any page error. */
async function drive(browser, name) {
  const dir = join(work, name);
  const server = await serve(join(dir, 'dist'));
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.setDefaultTimeout(10_000);
  try {
    await page.goto(`http://127.0.0.1:${server.address().port}/`);
    const { default: test } = await import(join(dir, 'browser.test.mjs'));
    await test({ page });
    if (errors.length) throw new Error(`page errors: ${errors.join(' | ')}`);
  } finally {
    await page.close();
    server.close();
  }
}

/** Deleting the example's typing file in the installed package must make its check fail. */
async function typingIsNeeded(name) {
  const file = join(work, 'node_modules', 'stride-widgets', TYPINGS[name]);
  const saved = readFileSync(file);
  rmSync(file);
  try {
    await run('npm', ['run', '--silent', 'check'], join(work, name), { quiet: true });
  } catch {
    return `its check fails without ${TYPINGS[name]}`;
  } finally {
    writeFileSync(file, saved);
  }
  throw new Error(`its check still passes without ${TYPINGS[name]}`);
}

if (process.argv.includes('--lock')) {
  copySources();
  console.log(await pack());
  await run('npm', ['install', '--no-audit', '--no-fund'], work);
  writeLock(join(work, 'package-lock.json'), join(source, 'package-lock.json'));
  console.log('examples/package-lock.json written');
  process.exit(0);
}

const asked = process.argv.slice(2);
const names = exampleNames().filter((name) => asked.length === 0 || asked.includes(name));
console.log(`examples: ${names.join(', ')} (installed in ${work})`);

await check('README snippets match the example files', () => checkSnippets(root, exampleNames()));

let ready = false;
copySources();
await check('pack the built package', pack);
if (results.at(-1).ok) {
  await check('install the examples from the tarball', install);
  ready = results.at(-1).ok;
}

if (ready) {
  const browser = await launchChromium();
  try {
    for (const name of names) {
      const dir = join(work, name);
      const scripts = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).scripts ?? {};
      const t0 = Date.now();
      if (scripts.check) await check(`${name}: type-check`, () => run('npm', ['run', '--silent', 'check'], dir, { quiet: true }).then(() => ''));
      if (TYPINGS[name]) await check(`${name}: fails without its typings`, () => typingIsNeeded(name));
      await check(`${name}: build`, () => run('npm', ['run', '--silent', 'build'], dir, { quiet: true }).then(() => ''));
      if (results.at(-1).ok) await check(`${name}: the built app in Chromium`, () => drive(browser, name));
      console.log(`  ${name}: ${seconds(t0)}`);
    }
  } finally {
    await browser.close();
  }
}

const passed = results.filter((r) => r.ok).length;
console.log(`examples: ${passed} passed, ${results.length - passed} failed`);
process.exitCode = passed === results.length ? 0 : 1;
