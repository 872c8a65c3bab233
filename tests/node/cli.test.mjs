// The `stride-widgets` command line, run as a user runs it: the real bin, spawned.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const bin = fileURLToPath(new URL('../../bin/stride-widgets.mjs', import.meta.url));
const run = (args, input) => {
  const { status, stdout, stderr } = spawnSync(process.execPath, [bin, ...args], { input, encoding: 'utf8' });
  return { status, stdout, stderr };
};
const dir = mkdtempSync(join(tmpdir(), 'stride-cli-'));
const file = (name, text) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
const CARD = '<stride-exercise-card exercise="bird-dog"></stride-exercise-card>';
const DSD = 'shadowrootmode="open"';

/** A usage mistake: exit 2 and exactly one line on stderr, nothing on stdout. */
function assertUsageError(result, pattern) {
  assert.equal(result.status, 2, result.stderr);
  assert.equal(result.stdout, '');
  assert.match(result.stderr, /^stride-widgets: [^\n]+\n$/);
  assert.match(result.stderr, pattern);
}

describe('stride-widgets', () => {
  it('lists its commands with --help, or with no command', () => {
    for (const args of [['--help'], []]) {
      const { status, stdout } = run(args);
      assert.equal(status, 0);
      assert.match(stdout, /^Usage: stride-widgets <command>/);
      assert.match(stdout, /\n {2}render +pre-render/);
    }
  });

  it('rejects an unknown command and an unknown option in one line, exit 2', () => {
    assertUsageError(run(['frobnicate']), /unknown command "frobnicate"/);
    assertUsageError(run(['render', '--colour', 'red']), /render: Unknown option '--colour'/);
    assertUsageError(run(['render', '--mode', 'both', '--catalogue', 'x.json']), /--mode must be merge or replace/);
    assertUsageError(run(['render', 'a.html', 'b.html']), /one input at most/);
  });

  it('gives a missing file one line, exit 2', () => {
    assertUsageError(run(['render', join(dir, 'nowhere.html')]), /nowhere\.html: no such file/);
    assertUsageError(run(['render', '--catalogue', join(dir, 'nowhere.json'), '-'], CARD), /nowhere\.json: no such file/);
  });
});

describe('stride-widgets render', () => {
  it('has --help', () => {
    const { status, stdout } = run(['render', '--help']);
    assert.equal(status, 0);
    assert.match(stdout, /^Usage: stride-widgets render \[file\|-\] \[--catalogue clinic\.json\] \[--mode merge\|replace\]/);
  });

  it('pre-renders a file, and stdin (with - or no file), to stdout', () => {
    const page = file('page.html', `<p>Hello</p>\n${CARD}\n`);
    for (const [args, input] of [[[page]], [['-'], `<p>Hello</p>\n${CARD}\n`], [[], `<p>Hello</p>\n${CARD}\n`]]) {
      const { status, stdout, stderr } = run(['render', ...args], input);
      assert.equal(status, 0, stderr);
      assert.equal(stderr, '');
      assert.ok(stdout.startsWith('<p>Hello</p>\n<stride-exercise-card'));
      assert.ok(stdout.includes(DSD));
      assert.match(stdout, /Bird dog/);
    }
  });

  it('renders with a clinic catalogue and carries it inline', () => {
    const clinic = file('clinic.json', JSON.stringify({ ui: { exerciseCard: { stepsHeading: 'What to do at the Riverside clinic' } } }));
    const { status, stdout, stderr } = run(['render', '--catalogue', clinic, '--mode', 'merge'], CARD);
    assert.equal(status, 0, stderr);
    assert.match(stdout, /^<stride-catalogue mode="merge" hidden><script type="application\/json">\{"ui":/);
    assert.match(stdout, /<template shadowroot[\s\S]*What to do at the Riverside clinic/);
  });

  it('reports an invalid catalogue one problem a line, exit 1', () => {
    const bad = file('bad.json', JSON.stringify({ exercises: [{ id: 'x', steps: 'none' }] }));
    const { status, stdout, stderr } = run(['render', '--catalogue', bad], CARD);
    assert.equal(status, 1);
    assert.equal(stdout, '');
    assert.match(stderr, /^exercises\[0\]\.[\w.]+: /m);
    const notJson = run(['render', '--catalogue', file('not.json', '{ nope')], CARD);
    assert.equal(notJson.status, 1);
    assert.match(notJson.stderr, /not\.json: is not valid JSON/);
  });
});
