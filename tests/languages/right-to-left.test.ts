/**
 * A right-to-left catalogue (tests/languages/ar.fixture.ts) mirrors every
 * widget: `dir="rtl"` on its root, logical properties flip (the borders on the
 * inline start are on the right), controls run from right to left, and the
 * counted strings use Arabic's plural forms and digits.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index';
import { loadCatalogue } from '../../src/catalogue/load';
import { resetCatalogue } from '../../src/catalogue/store';
import { captureWarnings, shadow, text } from '../helpers/console';
import { allWidgets } from '../helpers/widgets';
import { arabic } from './ar.fixture';

type Widget = HTMLElement & { updateComplete: Promise<unknown> };

const part = (el: Element, name: string) => shadow(el).querySelector<HTMLElement>(`[part~="${name}"]`)!;
/** The widths of an element's left and right borders, in px. */
const sideBorders = (el: Element) => {
  const style = getComputedStyle(el);
  return { left: parseFloat(style.borderLeftWidth), right: parseFloat(style.borderRightWidth) };
};

describe('a right-to-left catalogue (Arabic fixture)', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => (warnings = captureWarnings()));
  afterEach(() => {
    warnings.restore();
    resetCatalogue();
  });

  it('puts dir="rtl" and lang="ar" on every widget’s root, which lays out right to left', async () => {
    const widgets = await allWidgets();
    await loadCatalogue(arabic);
    for (const w of widgets as Widget[]) {
      await w.updateComplete;
      const root = shadow(w).querySelector<HTMLElement>('.root')!;
      expect([root.lang, root.dir, getComputedStyle(root).direction], w.localName).to.deep.equal(['ar', 'rtl', 'rtl']);
    }
  });

  it('flips logical properties: each inline-start border moves from the left to the right', async () => {
    const [card, checker, cues, timer] = (await allWidgets()) as Widget[];
    cues.shadowRoot!.querySelector<HTMLInputElement>('input[type="checkbox"]')!.click();
    await cues.updateComplete;
    const borders = () => [
      sideBorders(part(checker, 'disclaimer')),
      sideBorders(part(card, 'caution')),
      sideBorders(part(card, 'dosage')),
      sideBorders(part(cues, 'cue')),
      sideBorders(part(timer, 'safety-note')),
    ];
    const ltr = borders();
    for (const { left, right } of ltr) expect(left).to.be.greaterThan(right);
    await loadCatalogue(arabic);
    for (const w of [card, checker, cues, timer]) await w.updateComplete;
    const rtl = borders();
    rtl.forEach(({ left, right }, i) => {
      expect(right, `border ${i}`).to.equal(ltr[i].left);
      expect(left, `border ${i}`).to.equal(ltr[i].right);
    });
    cues.shadowRoot!.querySelector<HTMLInputElement>('input[type="checkbox"]')!.click();
    await cues.updateComplete;
  });

  it('runs controls and text from the right: the first button sits right of the second, headings start at the right', async () => {
    await loadCatalogue(arabic);
    const checker = await fixture<Widget>(html`<stride-red-flag-checker></stride-red-flag-checker>`);
    const submit = part(checker, 'submit-button').getBoundingClientRect();
    const reset = part(checker, 'reset-button').getBoundingClientRect();
    expect(submit.left).to.be.greaterThan(reset.left);
    expect(text(part(checker, 'submit-button'))).to.equal(arabic.ui.redFlagChecker.submit);
    const heading = part(checker, 'heading');
    const range = document.createRange();
    range.selectNodeContents(heading);
    const words = range.getBoundingClientRect();
    const box = heading.getBoundingClientRect();
    expect(box.right - words.right, 'heading text hugs the right edge').to.be.lessThan(box.width / 4);
    expect(words.left - box.left, 'and leaves room on the left').to.be.greaterThan(0);
  });

  it('counts in Arabic: its six plural forms and its digits', async () => {
    await loadCatalogue(arabic);
    const cues = await fixture<Widget>(html`<stride-form-cues cues="posture,arms"></stride-form-cues>`);
    const boxes = [...shadow(cues).querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
    const total = new Intl.NumberFormat('ar').format(boxes.length);
    const progress = () => text(part(cues, 'progress'));
    const shown = [progress()];
    for (const box of boxes.slice(0, 3)) {
      box.click();
      await cues.updateComplete;
      shown.push(progress());
    }
    const forms = arabic.ui.formCues.progress;
    const three = new Intl.NumberFormat('ar').format(3);
    expect(shown).to.deep.equal([
      forms.zero.replace('{total}', total),
      forms.one.replace('{total}', total),
      forms.two.replace('{total}', total),
      forms.few.replace('{checked}', three).replace('{total}', total),
    ]);
    for (const box of boxes.slice(0, 3)) box.click();
    await cues.updateComplete;
    const card = await fixture<Widget>(html`<stride-exercise-card exercise="plank"></stride-exercise-card>`);
    // The plank's "3" sets: Arabic's "few" form.
    expect(text(part(card, 'dosage'))).to.include('3 مجموعات');
  });
});
