// What every widget must survive on a host page it does not control, tested
// against each widget (the end-to-end pages are in tests/e2e/hosts/).
import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/index';
import { StrideExerciseCard } from '../../src/components/exercise-card/exercise-card.component';
import { loadCatalogue } from '../../src/catalogue/load';
import { resetCatalogue } from '../../src/catalogue/store';
import { contentLanguage } from '../../src/internal/language';
import '../e2e/hosts/probe.js';
import { captureWarnings, shadow, text } from '../helpers/console';

type Probe = { lowContrast: (root?: Document) => string[]; faintControls: (root?: Document) => string[] };
const probe = () => (window as unknown as { strideProbe: Probe }).strideProbe;

type Widget = HTMLElement & { updateComplete: Promise<unknown> };

/** One of each widget, used as a reader would (timer started, emergency answered, a cue ticked, a "why" open, a routine's next step). */
async function allWidgets(attrs = ''): Promise<Widget[]> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style=${attrs}>
    <stride-exercise-card exercise="bird-dog"></stride-exercise-card>
    <stride-red-flag-checker></stride-red-flag-checker>
    <stride-form-cues></stride-form-cues>
    <stride-recovery-timer protocol="stretch-holds"></stride-recovery-timer>
    <stride-routine routine="mcgill-daily"></stride-routine>
  </div>`);
  const widgets = [...wrapper.children] as Widget[];
  for (const w of widgets) await w.updateComplete;
  for (const w of widgets) {
    const root = shadow(w);
    root.querySelector<HTMLElement>('[part~="start-button"]')?.click();
    root.querySelector<HTMLElement>('[part="next-button"]')?.click();
    root.querySelector<HTMLInputElement>('input[name="both-legs"][value="yes"]')?.click();
    root.querySelector<HTMLInputElement>('input[type="checkbox"]')?.click();
    const why = root.querySelector('details');
    if (why) why.open = true;
  }
  for (const w of widgets) await w.updateComplete;
  return widgets;
}

const rootOf = (w: Element) => shadow(w).querySelector<HTMLElement>('.root')!;

/** Every string of a lit template, nested templates and lists included. */
function templateStrings(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(templateStrings);
  const result = value as Partial<TemplateResult> | null;
  if (result && Array.isArray(result.strings) && Array.isArray(result.values)) {
    return [...result.strings, ...result.values.flatMap(templateStrings)];
  }
  return [];
}

describe('host pages: what every widget survives', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => (warnings = captureWarnings()));
  afterEach(() => {
    warnings.restore();
    resetCatalogue();
  });

  describe('language and direction from the catalogue', () => {
    // The first clinic catalogue loads the validator (zod): slow on a busy machine, so not inside a test's time.
    before(async function () {
      this.timeout(60000);
      await loadCatalogue({});
      resetCatalogue();
    });

    it('maps locales to a direction: Arabic, Hebrew, Persian and Urdu read right to left', () => {
      for (const locale of ['ar', 'ar-EG', 'he', 'he-IL', 'fa-IR', 'ur-PK']) expect(contentLanguage(locale), locale).to.deep.equal({ lang: locale, dir: 'rtl' });
      for (const locale of ['en-GB', 'es', 'de-DE', 'zh-Hans']) expect(contentLanguage(locale), locale).to.deep.equal({ lang: locale, dir: 'ltr' });
      expect(contentLanguage('not a tag!')).to.deep.equal({ lang: '', dir: 'ltr' });
      expect(contentLanguage(undefined)).to.deep.equal({ lang: '', dir: 'ltr' });
    });

    it('every widget marks its content lang="en-GB" dir="ltr", and it stays so on an Arabic right-to-left page', async () => {
      const html_ = document.documentElement;
      html_.setAttribute('dir', 'rtl');
      html_.setAttribute('lang', 'ar');
      try {
        for (const w of await allWidgets()) {
          const root = rootOf(w);
          expect([root.lang, root.dir], w.localName).to.deep.equal(['en-GB', 'ltr']);
          expect(getComputedStyle(root).direction, w.localName).to.equal('ltr');
          const heading = shadow(w).querySelector('[part="heading"]')!;
          expect(heading.closest('[lang]')?.getAttribute('lang'), w.localName).to.equal('en-GB');
        }
      } finally {
        html_.removeAttribute('dir');
        html_.setAttribute('lang', 'en');
      }
    });

    it("follows a clinic catalogue's locale, right to left for Arabic", async () => {
      const widgets = await allWidgets();
      await loadCatalogue({ locale: 'ar-EG' });
      for (const w of widgets) {
        await w.updateComplete;
        expect([rootOf(w).lang, rootOf(w).dir, getComputedStyle(rootOf(w)).direction], w.localName).to.deep.equal(['ar-EG', 'rtl', 'rtl']);
      }
    });
  });

  describe('aggressive resets', () => {
    for (const [scheme, page] of [
      ['dark', 'body { background: #111; color: #eee; }'],
      ['light', 'body { background: #fff; color: #222; }'],
    ]) {
      it(`"* { all: revert }" on a ${scheme} page leaves every text node at 4.5:1 or more`, async () => {
        const reset = document.createElement('style');
        reset.textContent = `* { all: revert; } ${page}`;
        document.head.append(reset);
        try {
          await allWidgets();
          expect(probe().lowContrast(document)).to.deep.equal([]);
        } finally {
          reset.remove();
        }
      });
    }

    it('the contrast check can fail: a widget with light text tokens on its light surface is reported', async () => {
      await allWidgets('--stride-color-text: #eee; --stride-color-muted: #ddd');
      expect(probe().lowContrast(document).length).to.be.greaterThan(10);
    });
  });

  describe('radios and checkboxes', () => {
    for (const theme of ['light', 'dark']) {
      it(`have an edge of 3:1 or more against the surface, checked or not, in the ${theme} theme`, async () => {
        const widgets = await allWidgets();
        for (const w of widgets) w.setAttribute('theme', theme);
        for (const w of widgets) await w.updateComplete;
        const inputs = widgets.flatMap((w) => [...shadow(w).querySelectorAll<HTMLInputElement>('input[type="radio"], input[type="checkbox"]')]);
        expect(inputs.filter((i) => i.checked).length).to.be.at.least(2);
        expect(inputs.filter((i) => !i.checked).length).to.be.at.least(2);
        expect(probe().faintControls(document)).to.deep.equal([]);
      });
    }

    it('the check can fail: a faint border token is reported', async () => {
      await allWidgets('--stride-color-muted: #e6e6e6');
      expect(probe().faintControls(document).length).to.be.greaterThan(5);
    });
  });

  describe('zoomed text', () => {
    it('at a 200% font size in 320 px, nothing is wider than the widget, badges included (they wrap)', async () => {
      for (const w of await allWidgets('width: 320px; font-size: 200%')) {
        const edge = w.getBoundingClientRect().right + 0.5;
        for (const node of shadow(w).querySelectorAll<HTMLElement>('*')) {
          expect(node.getBoundingClientRect().right, `${w.localName} .${node.className}`).to.be.at.most(edge);
        }
        for (const badge of shadow(w).querySelectorAll('[part="badge"]')) {
          expect(getComputedStyle(badge).whiteSpace).not.to.equal('nowrap');
        }
      }
    });
  });

  describe('strict CSP', () => {
    it('no template writes a style attribute (style-src without unsafe-inline blocks it)', async () => {
      for (const w of await allWidgets()) {
        const strings = templateStrings((w as unknown as { render(): unknown }).render());
        expect(strings.length, w.localName).to.be.greaterThan(5);
        expect(strings.filter((s) => /\sstyle=/.test(s)), w.localName).to.deep.equal([]);
      }
    });
  });

  describe('registering a class under a tag of your own', () => {
    it("customElements.get('stride-exercise-card').define('clinic-card') registers a working element", async () => {
      const Card = customElements.get('stride-exercise-card') as typeof StrideExerciseCard;
      Card.define('clinic-card');
      const Clinic = customElements.get('clinic-card')!;
      expect(Clinic).to.exist;
      expect(Clinic.prototype).to.be.instanceOf(StrideExerciseCard);
      const el = await fixture<StrideExerciseCard>(html`<clinic-card exercise="bird-dog"></clinic-card>`);
      await el.updateComplete;
      expect(text(shadow(el).querySelector('[part="heading"]'))).to.equal('Bird dog');
      expect(customElements.get('stride-exercise-card')).to.equal(StrideExerciseCard);
      expect(warnings.messages).to.deep.equal([]);
    });

    it('a second definition of that tag is skipped with one warning', () => {
      StrideExerciseCard.define('clinic-card-twice');
      StrideExerciseCard.define('clinic-card-twice');
      expect(warnings.messages.filter((m) => m.includes('<clinic-card-twice>'))).to.have.length(1);
    });
  });
});
