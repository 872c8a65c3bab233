import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/exercise-card/exercise-card';
import { StrideExerciseCard } from '../../src/components/exercise-card/exercise-card.component';
import catalogue from '../../src/catalogue/catalogue.json';
import { captureWarnings, shadow, text } from '../helpers/console';
import { pressKey } from '../helpers/keys';

type Exercise = (typeof catalogue.exercises)[number] & { easier?: { name: string }; harder?: { name: string } };
const byId = (id: string) => catalogue.exercises.find((e) => e.id === id) as Exercise;

async function card(template: ReturnType<typeof html>): Promise<StrideExerciseCard> {
  const el = await fixture<StrideExerciseCard>(template);
  await el.updateComplete;
  return el;
}

// Heading level, theme, the error state and a second definition: tests/shared/inherited-behaviour.suite.ts.
describe('<stride-exercise-card>', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => (warnings = captureWarnings()));
  afterEach(() => warnings.restore());

  it('is defined and is a StrideExerciseCard', () => {
    expect(customElements.get('stride-exercise-card')).to.equal(StrideExerciseCard);
  });

  describe('full card', () => {
    let el: StrideExerciseCard;
    const bird = byId('bird-dog');
    beforeEach(async () => {
      el = await card(html`<stride-exercise-card exercise="bird-dog"></stride-exercise-card>`);
    });

    it('shows the name as an h3 heading by default', () => {
      const heading = shadow(el).querySelector('[part="heading"]');
      expect(heading?.localName).to.equal('h3');
      expect(text(heading)).to.equal(bird.name);
    });

    it('shows the target area and the purpose', () => {
      expect(text(shadow(el).querySelector('[part="target"]'))).to.contain(bird.target.join(', '));
      expect(text(shadow(el))).to.contain(bird.purpose);
      expect(text(shadow(el))).to.contain(bird.why);
    });

    it('numbers every step, in order', () => {
      const steps = [...shadow(el).querySelectorAll('[part="steps"] li')].map(text);
      expect(steps).to.deep.equal(bird.steps);
      expect(shadow(el).querySelector('[part="steps"]')?.localName).to.equal('ol');
    });

    it('shows the dosage: the pyramid spelt out so it reads as one, each side, and how often', () => {
      const dosage = text(shadow(el).querySelector('[part="dosage"]'));
      expect(bird.dosage.pyramid).to.deep.equal([6, 4, 2]);
      const amount = [...shadow(el).querySelectorAll('.dosage__amount li')].map(text);
      expect(amount).to.deep.equal([`10-second holds: 6 in set 1, 4 in set 2 and 2 in set 3, ${catalogue.ui.exerciseCard.perSide}`]);
      expect(dosage).to.contain(bird.dosage.frequency);
      expect(dosage).to.contain(bird.dosage.note as string);
      expect(dosage).to.not.contain('sets ·');
    });

    it('heads the why "How it may help your back"', () => {
      const headings = [...shadow(el).querySelectorAll('.section__heading')].map(text);
      expect(headings).to.include('How it may help your back');
    });

    it('shows the form tips, common mistakes and the caution', () => {
      expect([...shadow(el).querySelectorAll('[part="tips"] li')].map(text)).to.deep.equal(bird.tips);
      expect([...shadow(el).querySelectorAll('[part="mistakes"] li')].map(text)).to.deep.equal(bird.mistakes);
      expect(text(shadow(el).querySelector('[part="caution"]'))).to.contain(bird.caution);
      expect(text(shadow(el).querySelector('[part="caution"]'))).to.contain(catalogue.ui.exerciseCard.generalCaution);
    });

    it('names the easier and the harder variation', () => {
      const variations = text(shadow(el).querySelector('[part="variations"]'));
      expect(variations).to.contain(bird.easier!.name);
      expect(variations).to.contain(bird.harder!.name);
    });

    it('shows the evidence badge and every source', () => {
      expect(text(shadow(el).querySelector('[part="badge"]'))).to.contain(catalogue.ui.evidence.expert);
      const listed = text(shadow(el).querySelector('[part="sources"]'));
      for (const id of bird.sources) {
        const source = catalogue.sources.find((s) => s.id === id)!;
        expect(listed).to.contain(source.title);
      }
    });

    it('sub-headings sit one level below the heading', () => {
      const levels = [...shadow(el).querySelectorAll('.section__heading')].map((h) => h.localName);
      expect(levels.length).to.be.greaterThan(3);
      expect(new Set(levels)).to.deep.equal(new Set(['h4']));
    });

    it('is accessible', async () => {
      await expect(el).to.be.accessible();
    });

    it('warns about nothing', () => {
      expect(warnings.messages).to.deep.equal([]);
    });
  });

  it('renders every exercise in the catalogue without an error, each with its caution and the general caution', async () => {
    for (const exercise of catalogue.exercises) {
      const el = await card(html`<stride-exercise-card exercise=${exercise.id}></stride-exercise-card>`);
      expect(shadow(el).querySelector('[role="alert"]'), exercise.id).to.equal(null);
      expect(text(shadow(el).querySelector('[part="heading"]'))).to.equal(exercise.name);
      const caution = text(shadow(el).querySelector('[part="caution"]'));
      expect(caution, exercise.id).to.contain(exercise.caution);
      expect(caution, exercise.id).to.contain(catalogue.ui.exerciseCard.generalCaution);
    }
    expect(warnings.messages).to.deep.equal([]);
  });

  it('a pyramid without sides reads as one sentence', async () => {
    const el = await card(html`<stride-exercise-card exercise="curl-up"></stride-exercise-card>`);
    const items = [...shadow(el).querySelectorAll('.dosage__amount li')].map(text);
    expect(items).to.deep.equal(['10-second holds: 6 in set 1, 4 in set 2 and 2 in set 3']);
  });

  it('shows a plain dosage as sets, reps and hold, and a source as a citation', async () => {
    const el = await card(html`<stride-exercise-card exercise="glute-bridge"></stride-exercise-card>`);
    const items = [...shadow(el).querySelectorAll('.dosage__amount li')].map(text);
    expect(items).to.deep.equal(['2–3 sets', '10 reps', 'hold for 2 seconds']);
    const sources = [...shadow(el).querySelectorAll('.sources__list li')].map(text);
    expect(sources).to.deep.equal([
      'Hip-extensor strength, trunk posture, and use of the knee-extensor muscles during running. Teng HL, Powers CM, J Athl Train, 2016, 51(7):519–524.',
      'Common running-coach practice: not a published study.',
    ]);
  });

  it('leaves out the variations where the catalogue has none', async () => {
    const without = catalogue.exercises.find((e) => !('easier' in e) && !('harder' in e));
    expect(without, 'an exercise without variations').to.exist;
    const el = await card(html`<stride-exercise-card exercise=${without!.id}></stride-exercise-card>`);
    expect(shadow(el).querySelector('[part="variations"]')).to.equal(null);
  });

  it('heading-level sets the heading and its sub-headings', async () => {
    const el = await card(html`<stride-exercise-card exercise="plank" heading-level="2"></stride-exercise-card>`);
    expect(shadow(el).querySelector('[part="heading"]')?.localName).to.equal('h2');
    expect(shadow(el).querySelector('.section__heading')?.localName).to.equal('h3');
    const deepest = await card(html`<stride-exercise-card exercise="plank" heading-level="6"></stride-exercise-card>`);
    expect(shadow(deepest).querySelector('.section__heading')?.localName).to.equal('h6');
  });

  describe('compact', () => {
    let el: StrideExerciseCard;
    beforeEach(async () => {
      el = await card(html`<stride-exercise-card exercise="side-plank" compact></stride-exercise-card>`);
    });

    it('shows name, dosage and purpose, with the steps behind a closed disclosure', () => {
      const side = byId('side-plank');
      expect(text(shadow(el).querySelector('[part="heading"]'))).to.equal(side.name);
      expect(shadow(el).querySelector('[part="dosage"]')).to.exist;
      expect(text(shadow(el))).to.contain(side.purpose);
      const details = shadow(el).querySelector('details');
      expect(details?.open).to.equal(false);
      expect(details?.querySelectorAll('[part="steps"] li').length).to.equal(side.steps.length);
      expect(shadow(el).querySelector('[part="tips"]')).to.equal(null);
      // The caution travels with the steps: whoever opens them to do the exercise reads it.
      const caution = details?.querySelector('[part="caution"]');
      expect(text(caution)).to.contain(side.caution).and.contain(catalogue.ui.exerciseCard.generalCaution);
      expect(shadow(el).querySelectorAll('[part="caution"]').length).to.equal(1);
    });

    it('opens the steps from the keyboard', async () => {
      const summary = shadow(el).querySelector('summary') as HTMLElement;
      summary.focus();
      expect(shadow(el).activeElement === summary, 'focus is on the summary').to.equal(true);
      expect(shadow(el).querySelector('details')?.open).to.equal(false);
      await pressKey('Enter');
      expect(shadow(el).querySelector('details')?.open).to.equal(true);
    });

    it('is accessible, closed and open', async () => {
      await expect(el).to.be.accessible();
      shadow(el).querySelector('details')!.open = true;
      await expect(el).to.be.accessible();
    });
  });

  describe('theme', () => {
    it('reads --stride-* tokens set on the element or inherited from the page', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`
        <div style="--stride-color-surface: rgb(1, 2, 3); --stride-font-family: monospace">
          <stride-exercise-card exercise="bird-dog" style="--stride-color-accent: rgb(200, 0, 100)"></stride-exercise-card>
        </div>
      `);
      const el = wrapper.querySelector('stride-exercise-card')!;
      await el.updateComplete;
      expect(getComputedStyle(el).backgroundColor).to.equal('rgb(1, 2, 3)');
      // The font is set on the content's root element inside the shadow root (see src/styles/shared.styles.ts).
      expect(getComputedStyle(shadow(el).querySelector('[part="heading"]')!).fontFamily).to.equal('monospace');
      const dosage = shadow(el).querySelector('[part="dosage"]')!;
      expect(getComputedStyle(dosage).borderInlineStartColor).to.equal('rgb(200, 0, 100)');
    });

    it("inherits the page's font by default", async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="font-family: Georgia, serif"><stride-exercise-card exercise="plank"></stride-exercise-card></div>`,
      );
      const el = wrapper.querySelector('stride-exercise-card')!;
      await el.updateComplete;
      expect(getComputedStyle(shadow(el).querySelector('[part="heading"]')!).fontFamily).to.equal('Georgia, serif');
    });
  });

  describe('bad configuration', () => {
    async function expectAlert(el: StrideExerciseCard, ...mustContain: string[]) {
      const alert = shadow(el).querySelector('[role="alert"][part="error"]');
      expect(alert, 'role=alert part=error').to.exist;
      for (const s of mustContain) expect(text(alert)).to.contain(s);
      await expect(el).to.be.accessible();
    }

    it('an unknown exercise names the attribute, the value and what is accepted', async () => {
      const el = await card(html`<stride-exercise-card exercise="handstand"></stride-exercise-card>`);
      await expectAlert(el, 'exercise', 'handstand', catalogue.ui.exerciseCard.exerciseAccepted);
      expect(warnings.messages.length).to.equal(1);
      expect(warnings.messages[0]).to.contain('handstand');
    });

    it('a missing exercise says it is missing', async () => {
      const el = await card(html`<stride-exercise-card></stride-exercise-card>`);
      await expectAlert(el, 'exercise', catalogue.ui.exerciseCard.exerciseAccepted);
      expect(warnings.messages.length).to.equal(1);
    });

    it('warns once however often it re-renders', async () => {
      const el = await card(html`<stride-exercise-card exercise="nope"></stride-exercise-card>`);
      el.compact = true;
      await el.updateComplete;
      el.requestUpdate();
      await el.updateComplete;
      expect(warnings.messages.length).to.equal(1);
    });

    it('leaves other cards on the page unaffected', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div>
        <stride-exercise-card exercise="nope"></stride-exercise-card>
        <stride-exercise-card exercise="plank"></stride-exercise-card>
      </div>`);
      const [bad, good] = wrapper.querySelectorAll('stride-exercise-card');
      await good.updateComplete;
      expect(shadow(bad).querySelector('[role="alert"]')).to.exist;
      expect(shadow(good).querySelector('[role="alert"]')).to.equal(null);
      expect(text(shadow(good).querySelector('[part="heading"]'))).to.equal(byId('plank').name);
    });

    it('recovers when the attribute is corrected', async () => {
      const el = await card(html`<stride-exercise-card exercise="nope"></stride-exercise-card>`);
      el.setAttribute('exercise', 'squat');
      await el.updateComplete;
      expect(shadow(el).querySelector('[role="alert"]')).to.equal(null);
      expect(text(shadow(el).querySelector('[part="heading"]'))).to.equal(byId('squat').name);
    });
  });
});
