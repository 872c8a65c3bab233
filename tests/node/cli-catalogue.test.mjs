// `stride-widgets validate` and `stride-widgets init`, run as a clinic runs them: the real bin, spawned.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { catalogueWithExercises } from '../../scripts/big-catalogue.mjs';

const bin = fileURLToPath(new URL('../../bin/stride-widgets.mjs', import.meta.url));
const run = (args, options = {}) => {
  const { status, stdout, stderr } = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', ...options });
  return { status, stdout, stderr };
};
const dir = mkdtempSync(join(tmpdir(), 'stride-cli-catalogue-'));
const file = (name, data) => {
  const path = join(dir, name);
  writeFileSync(path, typeof data === 'string' ? data : JSON.stringify(data, null, 2));
  return path;
};
const bundled = JSON.parse(readFileSync(new URL('../../src/catalogue/catalogue.json', import.meta.url), 'utf8'));
const birdDog = () => structuredClone(bundled.exercises.find((e) => e.id === 'bird-dog'));
const problems = (stderr) => stderr.trimEnd().split('\n');

/** A usage mistake: exit 2 and exactly one line on stderr, nothing on stdout. */
function assertUsageError(result, pattern) {
  assert.equal(result.status, 2, result.stderr);
  assert.equal(result.stdout, '');
  assert.match(result.stderr, /^stride-widgets: [^\n]+\n$/);
  assert.match(result.stderr, pattern);
}

describe('stride-widgets validate', () => {
  it('has --help, and is listed by stride-widgets --help', () => {
    const { status, stdout } = run(['validate', '--help']);
    assert.equal(status, 0);
    assert.match(stdout, /^Usage: stride-widgets validate clinic\.json \[--mode merge\|replace\]/);
    assert.match(run(['--help']).stdout, /\n {2}validate +check a clinic catalogue/);
  });

  it('gives a missing file, no file, and a bad option or mode one line, exit 2', () => {
    assertUsageError(run(['validate', join(dir, 'nowhere.json')]), /nowhere\.json: no such file/);
    assertUsageError(run(['validate']), /validate: expected one catalogue file, got none/);
    assertUsageError(run(['validate', 'a.json', 'b.json']), /expected one catalogue file, got a\.json b\.json/);
    assertUsageError(run(['validate', 'a.json', '--strict']), /validate: Unknown option '--strict'/);
    assertUsageError(run(['validate', file('ok.json', {}), '--mode', 'mix']), /--mode must be merge or replace, not "mix"/);
  });

  it('a file that is not JSON: one line, exit 1', () => {
    const { status, stdout, stderr } = run(['validate', file('broken.json', '{ "exercises": [ ')]);
    assert.equal(status, 1);
    assert.equal(stdout, '');
    assert.match(stderr, /^[^\n]*broken\.json: is not valid JSON \([^\n]+\)\n$/);
  });

  it('a $schema that is not a string: exit 1, named by its path', () => {
    const { status, stderr } = run(['validate', file('schema-number.json', { $schema: 3, exercises: [birdDog()] })]);
    assert.equal(status, 1);
    assert.deepEqual(problems(stderr), ['$schema: expected string']);
  });

  it('a valid clinic file (with a $schema string): exit 0', () => {
    const clinic = file('clinic.json', {
      $schema: './node_modules/stride-widgets/dist/catalogue.schema.json',
      exercises: [{ ...birdDog(), id: 'clinic-bird-dog', name: 'Clinic bird dog' }],
      ui: { exerciseCard: { stepsHeading: 'What to do' } },
    });
    const { status, stdout, stderr } = run(['validate', clinic]);
    assert.equal(status, 0, stderr);
    assert.equal(stderr, '');
    assert.match(stdout, /clinic\.json: a valid catalogue \(merge\)/);
  });

  it('lists every problem on its own line with its path, as the browser words them', () => {
    const bad = file('bad.json', {
      exercises: [{ ...birdDog(), steps: 'none', stpes: [] }],
      cues: [{ ...bundled.cues[0], id: 'clinic-cue', group: 'no-such-group' }],
    });
    const { status, stdout, stderr } = run(['validate', bad]);
    assert.equal(status, 1);
    assert.equal(stdout, '');
    assert.deepEqual(problems(stderr), ['exercises[0].steps: expected array', 'exercises[0]: unknown field "stpes"']);
    // Cross-references are checked once the shape is right, and named by their path in the clinic's file.
    const references = file('references.json', {
      exercises: [birdDog(), { ...birdDog(), id: 'clinic-two', sources: ['coaching-practice', 'made-up'] }],
      cues: [{ ...bundled.cues[0], id: 'clinic-cue', group: 'no-such-group' }],
    });
    const checked = run(['validate', references]);
    assert.equal(checked.status, 1);
    assert.deepEqual(problems(checked.stderr), [
      'exercises[1].sources[1]: unknown source id "made-up"',
      'cues[0].group: unknown cue group "no-such-group"',
    ]);
  });

  it('merge resolves references against the bundled catalogue; replace needs the whole catalogue', () => {
    // One exercise citing a bundled source: valid to merge, not a whole catalogue.
    const partial = file('partial.json', { exercises: [{ ...birdDog(), id: 'clinic-only', sources: ['nice-ng59'] }] });
    assert.equal(run(['validate', partial]).status, 0);
    assert.equal(run(['validate', partial, '--mode', 'merge']).status, 0);
    const replaced = run(['validate', partial, '--mode', 'replace']);
    assert.equal(replaced.status, 1);
    assert.ok(problems(replaced.stderr).includes('version: expected string'), replaced.stderr);
    // A whole catalogue whose only exercise cites a source it leaves out: merge finds it in the bundled one, replace does not.
    const { sources, ...rest } = structuredClone(bundled);
    const whole = { ...rest, sources: sources.filter((s) => s.id !== 'nice-ng59') };
    const wholeFile = file('whole.json', whole);
    const usedAt = whole.exercises.flatMap((e, i) => e.sources.map((s, j) => (s === 'nice-ng59' ? `exercises[${i}].sources[${j}]` : null))).filter(Boolean);
    assert.ok(usedAt.length > 0, 'the bundled exercises cite nice-ng59');
    assert.equal(run(['validate', wholeFile, '--mode', 'merge']).status, 0);
    const replace = run(['validate', wholeFile, '--mode', 'replace']);
    assert.equal(replace.status, 1);
    for (const path of usedAt) assert.ok(replace.stderr.includes(`${path}: unknown source id "nice-ng59"`), path);
  });

  it('validates a 500-exercise catalogue', () => {
    const big = file('clinic-500.json', catalogueWithExercises(500));
    const { status, stderr } = run(['validate', big]);
    assert.equal(status, 0, stderr);
    // And the same file with one broken exercise deep inside is caught at its own index.
    const broken = catalogueWithExercises(500);
    delete broken.exercises[437].steps;
    const result = run(['validate', file('clinic-500-broken.json', broken)]);
    assert.equal(result.status, 1);
    assert.deepEqual(problems(result.stderr), ['exercises[437].steps: expected array']);
  });
});

describe('the demo clinic catalogue (demo/clinic.json)', () => {
  const clinic = fileURLToPath(new URL('../../demo/clinic.json', import.meta.url));

  it('validates, with a signed review and the clinic\'s own exercises', () => {
    const { status, stderr } = run(['validate', clinic]);
    assert.equal(status, 0, stderr);
    const data = JSON.parse(readFileSync(clinic, 'utf8'));
    assert.equal(data.review.reviewed, true);
    assert.ok(data.review.by && data.review.role && data.review.date && data.review.nextDue);
    assert.equal(data.exercises.filter((e) => !bundled.exercises.some((b) => b.id === e.id)).length, 2);
  });

  it('passes the plain-language check', () => {
    const check = fileURLToPath(new URL('../../scripts/content-check.mjs', import.meta.url));
    const { status, stdout } = spawnSync(process.execPath, [check, clinic], { encoding: 'utf8' });
    assert.equal(status, 0, stdout);
  });
});

describe('stride-widgets init', () => {
  it('has --help, and is listed by stride-widgets --help', () => {
    const { status, stdout } = run(['init', '--help']);
    assert.equal(status, 0);
    assert.match(stdout, /^Usage: stride-widgets init \[--out clinic\.json\]/);
    assert.match(run(['--help']).stdout, /\n {2}init +write a starter clinic catalogue/);
  });

  it('prints the bundled catalogue with $schema and review.reviewed false', () => {
    const { status, stdout, stderr } = run(['init']);
    assert.equal(status, 0, stderr);
    const starter = JSON.parse(stdout);
    assert.equal(starter.$schema, './node_modules/stride-widgets/dist/catalogue.schema.json');
    assert.equal(Object.keys(starter)[0], '$schema');
    assert.equal(starter.review.reviewed, false);
    const { $schema, ...content } = starter;
    assert.deepEqual(content, { ...bundled, review: { ...bundled.review, reviewed: false } });
  });

  it('init --out, then validate: the round trip is valid in both modes', () => {
    const out = join(dir, 'starter.json');
    const init = run(['init', '--out', out]);
    assert.equal(init.status, 0, init.stderr);
    assert.equal(init.stdout, '');
    assert.ok(existsSync(out));
    for (const mode of ['merge', 'replace']) {
      const checked = run(['validate', out, '--mode', mode]);
      assert.equal(checked.status, 0, checked.stderr);
    }
  });

  it('never overwrites a file, and takes no arguments: exit 2', () => {
    const existing = file('edited.json', { exercises: [] });
    assertUsageError(run(['init', '--out', existing]), /edited\.json: already exists/);
    assert.deepEqual(JSON.parse(readFileSync(existing, 'utf8')), { exercises: [] });
    assertUsageError(run(['init', 'clinic.json']), /init: no arguments expected/);
  });
});

describe('stride-widgets and a reader that stops early', () => {
  it('`init | head -1` ends quietly with exit 0 when the pipe closes (no EPIPE stack)', () => {
    const { status, stdout, stderr } = spawnSync('bash', ['-c', `set -o pipefail; "${process.execPath}" "${bin}" init | head -c 1`], {
      encoding: 'utf8',
    });
    assert.equal(stdout, '{');
    assert.equal(stderr, '');
    assert.equal(status, 0);
  });
});
