/**
 * The Spanish catalogue (`stride-widgets/catalogues/es.json`) loaded with
 * `loadCatalogue(es, { mode: 'replace' })`, then every widget in every state a
 * user can reach: a card for every exercise, the checker's form, error
 * summary and each of its four results, the cues with none and some ticked,
 * a timer for every protocol through each of its phases to the end, every
 * routine through each of its steps, and the error state of each widget.
 * Every rendered text node (and accessible-name attribute) is then compared
 * with the English catalogue: none may be an English string, or an English
 * template with its placeholders filled.
 *
 * Allowed to stay as in English (the allow-list):
 * - the sources' titles, publishers, authors and details, which stay as published;
 * - text of digits, punctuation and symbols only ("0:30", "·", "2–3");
 * - "No" and "Error:", the same words in Spanish;
 * - proper names inside translated text ("McGill", "NHS", "NICE"), which a
 *   whole-string comparison never flags.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index';
import en from '../../src/catalogue/catalogue.json';
import es from '../../src/catalogues/es.json';
import { loadCatalogue } from '../../src/catalogue/load';
import { resetCatalogue } from '../../src/catalogue/store';
import { StrideRecoveryTimer } from '../../src/components/recovery-timer/recovery-timer.component';
import { captureWarnings, shadow } from '../helpers/console';

type Widget = HTMLElement & { updateComplete: Promise<unknown> };

const SAME_WORDS = new Set(['No', 'Error:']);
/** Every string of the sources, which stay as published. */
const SOURCE_STRINGS = en.sources.flatMap((s) => Object.values(s).filter((v): v is string => typeof v === 'string'));

/** Every string of the English catalogue outside its sources (a plural object gives each form). */
function englishStrings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) value.forEach((v) => englishStrings(v, out));
  else if (value && typeof value === 'object') for (const v of Object.values(value)) englishStrings(v, out);
  return out;
}
const { sources: _sources, ...enText } = en;
const ENGLISH = new Set(englishStrings(enText).filter((s) => !/^[\d\s\p{P}\p{S}]*$/u.test(s)));
/** English templates with their placeholders filled by anything: "{sets} sets" → /^(.+) sets$/. */
const ENGLISH_TEMPLATES = [...ENGLISH]
  .filter((s) => /\{\w+\}/.test(s) && s.replace(/\{\w+\}/g, '').trim() !== '')
  .map((s) => new RegExp(`^${s.split(/\{\w+\}/).map((part) => part.replace(/[.*+?^$()|[\]\\]/g, '\\$&')).join('(.+)')}$`, 's'));
/** English words that Spanish text never contains: they catch English left in a widget's own code. */
const ENGLISH_WORDS = /\b(the|and|of|your|you|to|with|for|is|are|this|not|at|or|in)\b/i;

/** Every text a user can read or hear in the widget: text nodes, and names and values given in attributes. */
function renderedTexts(widget: Element): string[] {
  const root = shadow(widget);
  const found: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.parentElement?.closest('style')) continue;
    const value = (node.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (value) found.push(value);
  }
  for (const el of root.querySelectorAll('*')) {
    for (const name of ['aria-label', 'aria-valuetext', 'title', 'alt', 'placeholder']) {
      const value = el.getAttribute(name)?.trim();
      if (value) found.push(value);
    }
  }
  return found;
}

/** What in `texts` is still English, each with the reason. */
function englishLeft(texts: readonly string[]): string[] {
  const left: string[] = [];
  for (const text of texts) {
    if (SAME_WORDS.has(text) || /^[\d\s\p{P}\p{S}]*$/u.test(text)) continue;
    let rest = text;
    for (const source of SOURCE_STRINGS) rest = rest.split(source).join(' ');
    if (ENGLISH.has(text)) left.push(`an English string: "${text}"`);
    else if (ENGLISH_TEMPLATES.some((re) => re.test(text))) left.push(`an English template: "${text}"`);
    else if (ENGLISH_WORDS.test(rest)) left.push(`English words: "${text}"`);
  }
  return left;
}

const seen = new Set<string>();
async function collect(widget: Widget) {
  await widget.updateComplete;
  expect(shadow(widget).querySelector('.root')?.getAttribute('lang'), widget.localName).to.equal('es');
  for (const text of renderedTexts(widget)) seen.add(text);
}

let clock = 0;
const realNow = StrideRecoveryTimer.now;

describe('the Spanish catalogue on every widget', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  before(async () => {
    resetCatalogue();
    await loadCatalogue(es, { mode: 'replace' });
  });
  after(() => {
    resetCatalogue();
    StrideRecoveryTimer.now = realNow;
  });
  beforeEach(() => (warnings = captureWarnings()));
  afterEach(() => warnings.restore());

  it('a card for every exercise', async () => {
    for (const exercise of es.exercises) {
      const card = await fixture<Widget>(html`<stride-exercise-card exercise=${exercise.id}></stride-exercise-card>`);
      await collect(card);
      expect(seen.has(exercise.name)).to.equal(true);
    }
  });

  it('the checker: its form, the error summary and every result', async () => {
    const set = es.redFlagSets[0];
    const checker = () => fixture<Widget>(html`<stride-red-flag-checker></stride-red-flag-checker>`);
    const submit = async (el: Widget) => {
      shadow(el).querySelector<HTMLButtonElement>('[part="submit-button"]')!.click();
      await el.updateComplete;
      await el.updateComplete;
    };
    const answerAll = async (el: Widget, yes?: string) => {
      for (const q of set.questions) {
        const input = shadow(el).querySelector<HTMLInputElement>(`input[name="${q.id}"][value="${q.id === yes ? 'yes' : 'no'}"]`)!;
        shadow(el).querySelector<HTMLLabelElement>(`label[for="${input.id}"]`)!.click();
        await el.updateComplete;
      }
    };
    const empty = await checker();
    await collect(empty);
    await submit(empty);
    await collect(empty);
    expect(seen.has(es.ui.redFlagChecker.errorSummaryHeading)).to.equal(true);
    for (const result of set.results) {
      const el = await checker();
      const question = set.questions.find((q) => q.level === result.level);
      await answerAll(el, question?.id);
      await submit(el);
      await collect(el);
      expect(shadow(el).querySelector('[part="result"]')?.getAttribute('data-level')).to.equal(result.level);
      expect(seen.has(result.heading), result.level).to.equal(true);
    }
  });

  it('the cues, none and some ticked (plural forms of the progress)', async () => {
    const el = await fixture<Widget>(html`<stride-form-cues></stride-form-cues>`);
    await collect(el);
    const progress = () => shadow(el).querySelector('[part="progress"]')!.textContent!.trim();
    const total = es.cues.length;
    expect(progress()).to.equal(`0 de ${total} marcados`);
    const boxes = [...shadow(el).querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
    boxes[0].click();
    await collect(el);
    expect(progress()).to.equal(`1 de ${total} marcado`);
    boxes[1].click();
    await collect(el);
    expect(progress()).to.equal(`2 de ${total} marcados`);
    for (const box of boxes.slice(0, 2)) box.click();
    await el.updateComplete;
  });

  it('a timer for every protocol, through each phase to the end', async () => {
    StrideRecoveryTimer.now = () => clock;
    for (const protocol of es.protocols) {
      localStorage.clear();
      const el = await fixture<Widget>(html`<stride-recovery-timer protocol=${protocol.id}></stride-recovery-timer>`);
      await collect(el);
      shadow(el).querySelector<HTMLButtonElement>('[part~="start-button"]')!.click();
      await collect(el);
      const phases = protocol.sets.flatMap((set, s) => [
        ...Array.from({ length: set.rounds }, (_, r) => [set.work.seconds, ...(set.rest && r < set.rounds - 1 ? [set.rest.seconds] : [])]).flat(),
        ...(protocol.setRest && s < protocol.sets.length - 1 ? [protocol.setRest.seconds] : []),
      ]);
      for (const seconds of phases) {
        clock += seconds * 1000;
        document.dispatchEvent(new Event('visibilitychange'));
        await el.updateComplete;
        await collect(el);
      }
      expect(shadow(el).querySelector('[part="phase"]')!.textContent!.trim(), protocol.id).to.equal(es.ui.recoveryTimer.complete);
      el.remove();
    }
    StrideRecoveryTimer.now = realNow;
  });

  it('every routine, through each step to the end', async () => {
    for (const routine of es.routines) {
      const el = await fixture<Widget>(html`<stride-routine routine=${routine.id}></stride-routine>`);
      for (const [i, step] of routine.steps.entries()) {
        await collect(el);
        const card = shadow(el).querySelector<Widget>('stride-exercise-card')!;
        await collect(card);
        const timer = shadow(el).querySelector<Widget>('stride-recovery-timer');
        if (timer) await collect(timer);
        expect(shadow(el).querySelector('#step-heading')!.textContent!.trim()).to.equal(`Paso ${i + 1} de ${routine.steps.length}`);
        expect(card.getAttribute('exercise')).to.equal(step.exercise);
        shadow(el).querySelector<HTMLButtonElement>('[part="next-button"]')!.click();
      }
      await collect(el);
      expect(seen.has(es.ui.routine.completeHeading)).to.equal(true);
      expect(seen.has(`Paso 2 de 4: ${es.exercises.find((e) => e.id === routine.steps[1].exercise)!.name}`), 'announced').to.equal(true);
    }
  });

  it('each widget’s error state', async () => {
    for (const el of [
      await fixture<Widget>(html`<stride-exercise-card exercise="handstand"></stride-exercise-card>`),
      await fixture<Widget>(html`<stride-red-flag-checker set="nope"></stride-red-flag-checker>`),
      await fixture<Widget>(html`<stride-form-cues cues="quick-steps,nope"></stride-form-cues>`),
      await fixture<Widget>(html`<stride-recovery-timer duration="soon"></stride-recovery-timer>`),
      await fixture<Widget>(html`<stride-recovery-timer></stride-recovery-timer>`),
      await fixture<Widget>(html`<stride-exercise-card exercise="bird-dog" heading-level="9"></stride-exercise-card>`),
      await fixture<Widget>(html`<stride-routine routine="nope"></stride-routine>`),
    ]) {
      await collect(el);
    }
    expect(seen.has(es.ui.common.errorHeading)).to.equal(true);
  });

  it('leaves no English string but the sources (compared with every English string and template)', () => {
    expect(seen.size).to.be.greaterThan(500);
    expect(englishLeft([...seen])).to.deep.equal([]);
  });

  it('the comparison can fail: English text is found', () => {
    expect(englishLeft([en.ui.formCues.heading, '3 of 12 checked', 'Paso: hold the line', es.ui.formCues.heading, en.sources[0].title])).to.deep.equal([
      `an English string: "${en.ui.formCues.heading}"`,
      'an English template: "3 of 12 checked"',
      'English words: "Paso: hold the line"',
    ]);
  });
});
