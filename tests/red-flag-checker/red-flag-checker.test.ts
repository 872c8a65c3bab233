import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/components/red-flag-checker/red-flag-checker';
import type { StrideRedFlagChecker } from '../../src/components/red-flag-checker/red-flag-checker.component';
import catalogue from '../../src/catalogue/catalogue.json';
import { loadCatalogue } from '../../src/catalogue/load';
import { resetCatalogue } from '../../src/catalogue/store';
import { captureWarnings, shadow, text } from '../helpers/console';
import { pressKey } from '../helpers/keys';
import { replaceStorageMethods } from '../helpers/storage';

const set = catalogue.redFlagSets.find((s) => s.id === 'low-back-pain')!;
const RANK = { emergency: 0, urgent: 1, soon: 2, 'self-care': 3 } as const;
type Level = keyof typeof RANK;
const ids = (level: Level) => set.questions.filter((q) => q.level === level).map((q) => q.id);
const resultText = (level: Level) => set.results.find((r) => r.level === level)!;
/** A catalogue string with its placeholders as a page without `emergency-number` or `advice-line` shows them. */
const general = (template: string, emergencyNumber = 'your local emergency number', adviceLine = 'an urgent advice line') =>
  template.replaceAll('{emergencyNumber}', emergencyNumber).replaceAll('{adviceLine}', adviceLine);

async function checker(template = html`<stride-red-flag-checker></stride-red-flag-checker>`) {
  const el = await fixture<StrideRedFlagChecker>(template);
  await el.updateComplete;
  return el;
}

function radio(el: StrideRedFlagChecker, id: string, value: 'yes' | 'no'): HTMLInputElement {
  const input = shadow(el).querySelector<HTMLInputElement>(`input[name="${id}"][value="${value}"]`);
  if (!input) throw new Error(`no radio ${id}=${value}`);
  return input;
}

/** Answers as a user would: clicking the radio's label. */
async function answer(el: StrideRedFlagChecker, id: string, value: 'yes' | 'no') {
  const input = radio(el, id, value);
  shadow(el).querySelector<HTMLLabelElement>(`label[for="${input.id}"]`)!.click();
  await el.updateComplete;
}

async function answerAll(el: StrideRedFlagChecker, yes: readonly string[] = []) {
  for (const q of set.questions) await answer(el, q.id, yes.includes(q.id) ? 'yes' : 'no');
}

async function submit(el: StrideRedFlagChecker) {
  shadow(el).querySelector<HTMLButtonElement>('[part="submit-button"]')!.click();
  await el.updateComplete;
  await el.updateComplete;
}

const resultCard = (el: StrideRedFlagChecker) => shadow(el).querySelector<HTMLElement>('[part="result"]');

// Heading level, theme, the error state and a second definition: tests/shared/inherited-behaviour.suite.ts.
describe('<stride-red-flag-checker>', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => (warnings = captureWarnings()));
  afterEach(() => warnings.restore());

  describe('the form', () => {
    it('is a real form with one fieldset and legend per question, most severe first', async () => {
      const el = await checker();
      const form = shadow(el).querySelector('form[part="form"]');
      expect(form).to.exist;
      const fieldsets = [...form!.querySelectorAll('fieldset[part="question"]')];
      expect(fieldsets).to.have.length(set.questions.length);
      const levels = fieldsets.map((f) => RANK[f.getAttribute('data-level') as Level]);
      expect(levels).to.deep.equal([...levels].sort((a, b) => a - b));
      const expectedOrder = [...set.questions].sort((a, b) => RANK[a.level as Level] - RANK[b.level as Level]);
      expect(fieldsets.map((f) => text(f.querySelector('legend')))).to.deep.equal(expectedOrder.map((q) => q.question));
    });

    it('has native yes/no radios named by question id, labelled', async () => {
      const el = await checker();
      for (const q of set.questions) {
        for (const value of ['yes', 'no'] as const) {
          const input = radio(el, q.id, value);
          expect(input.type).to.equal('radio');
          const label = shadow(el).querySelector(`label[for="${input.id}"]`);
          expect(text(label)).to.equal(value === 'yes' ? catalogue.ui.redFlagChecker.yes : catalogue.ui.redFlagChecker.no);
        }
      }
    });

    it('links each hint to its fieldset with aria-describedby', async () => {
      const el = await checker();
      const withHint = set.questions.filter((q) => 'hint' in q);
      expect(withHint.map((q) => q.id)).to.include('saddle-numbness');
      for (const q of withHint) {
        const fieldset = radio(el, q.id, 'yes').closest('fieldset')!;
        const hintId = fieldset.getAttribute('aria-describedby')!;
        expect(text(shadow(el).getElementById(hintId))).to.equal((q as { hint: string }).hint);
      }
    });

    it('always shows the disclaimer, and no result at first', async () => {
      const el = await checker();
      const disclaimer = text(shadow(el).querySelector('[part="disclaimer"]'));
      expect(disclaimer).to.contain('This checker helps you decide where to get help. It does not diagnose.');
      expect(resultCard(el)).to.equal(null);
      expect(el.result).to.equal(null);
      await expect(el).to.be.accessible();
    });
  });

  describe('early emergency', () => {
    it('a yes to an emergency question shows the emergency result at once, without submitting', async () => {
      const el = await checker();
      const fired = oneEvent(el, 'stride-triage');
      await answer(el, 'bladder-bowel', 'yes');
      const event = await fired;
      expect(event.detail).to.deep.equal({ level: 'emergency', reasons: ['bladder-bowel'] });
      expect(event.bubbles && event.composed).to.equal(true);
      expect(resultCard(el)?.getAttribute('data-level')).to.equal('emergency');
      expect(text(resultCard(el))).to.contain('Call your local emergency number now');
      expect(el.result).to.deep.equal({ level: 'emergency', reasons: ['bladder-bowel'] });
      await expect(el).to.be.accessible();
    });

    it('cannot be downgraded by later answers', async () => {
      const el = await checker();
      await answer(el, 'both-legs', 'yes');
      await answerAll(el, ['both-legs', 'fever', 'struggling']);
      await submit(el);
      expect(el.result?.level).to.equal('emergency');
      expect(el.result?.reasons).to.deep.equal(['both-legs', 'fever', 'struggling']);
    });

    it('is withdrawn when that answer goes back to no, unless another emergency yes remains', async () => {
      const el = await checker();
      await answer(el, 'both-legs', 'yes');
      await answer(el, 'chest-pain', 'yes');
      await answer(el, 'both-legs', 'no');
      expect(el.result).to.deep.equal({ level: 'emergency', reasons: ['chest-pain'] });
      await answer(el, 'chest-pain', 'no');
      expect(el.result).to.equal(null);
      expect(resultCard(el)).to.equal(null);
    });

    it('announces it assertively without moving focus', async () => {
      const el = await checker();
      const input = radio(el, 'saddle-numbness', 'yes');
      input.focus();
      input.click();
      await el.updateComplete;
      expect(shadow(el).activeElement === input, 'focus stays on the radio').to.equal(true);
      const live = shadow(el).querySelector('[aria-live="assertive"]');
      expect(text(live)).to.contain(resultText('emergency').prefix);
      expect(text(live)).to.contain(resultText('emergency').heading);
    });

    it('uses the emergency-number attribute', async () => {
      const el = await checker(html`<stride-red-flag-checker emergency-number="999"></stride-red-flag-checker>`);
      await answer(el, 'chest-pain', 'yes');
      expect(text(resultCard(el))).to.contain('Call 999 now');
      expect(warnings.messages).to.deep.equal([]);
    });
  });

  describe('error summary', () => {
    it('lists each unanswered question, takes focus, and shows no result', async () => {
      const el = await checker();
      await answer(el, ids('urgent')[0], 'no');
      await submit(el);
      const summary = shadow(el).querySelector<HTMLElement>('[part="error-summary"]')!;
      expect(summary).to.exist;
      expect(shadow(el).activeElement === summary, 'focus is on the error summary').to.equal(true);
      expect(summary.querySelector('[role="alert"]')).to.exist;
      const links = [...summary.querySelectorAll('a')];
      expect(links).to.have.length(set.questions.length - 1);
      expect(resultCard(el)).to.equal(null);
      expect(el.result).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('marks each unanswered fieldset with an inline error linked by aria-describedby', async () => {
      const el = await checker();
      await submit(el);
      for (const q of set.questions) {
        const fieldset = radio(el, q.id, 'yes').closest('fieldset')!;
        const described = fieldset.getAttribute('aria-describedby')!.split(' ');
        const error = shadow(el).getElementById(`${q.id}-error`);
        expect(described).to.include(`${q.id}-error`);
        expect(text(error)).to.contain(q.question);
      }
    });

    it('its links focus the first radio of each question', async () => {
      const el = await checker();
      await submit(el);
      const links = [...shadow(el).querySelectorAll<HTMLAnchorElement>('[part="error-summary"] a')];
      const target = set.questions.find((q) => q.level === 'soon')!;
      const link = links.find((a) => text(a).includes(target.question))!;
      link.click();
      expect(shadow(el).activeElement === radio(el, target.id, 'yes'), 'focus is on the first radio').to.equal(true);
    });

    it('drops a question from the summary once it is answered', async () => {
      const el = await checker();
      await submit(el);
      await answer(el, 'fever', 'no');
      expect(shadow(el).getElementById('fever-error')).to.equal(null);
      expect(shadow(el).querySelectorAll('[part="error-summary"] a')).to.have.length(set.questions.length - 1);
    });
  });

  describe('results', () => {
    const cases: { level: Level; yes: string[] }[] = [
      { level: 'urgent', yes: [ids('urgent')[1], ids('soon')[0]] },
      { level: 'soon', yes: [ids('soon')[2]] },
      { level: 'self-care', yes: [] },
    ];

    for (const { level, yes } of cases) {
      it(`${level}: heading with a hidden prefix, reasons, focus on the heading, an announcement and the event`, async () => {
        const el = await checker(html`<stride-red-flag-checker emergency-number="112"></stride-red-flag-checker>`);
        await answerAll(el, yes);
        const fired = oneEvent(el, 'stride-triage');
        await submit(el);
        const { detail } = await fired;
        const expectedReasons = set.questions.filter((q) => yes.includes(q.id)).map((q) => q.id);
        expect(detail).to.deep.equal({ level, reasons: expectedReasons });
        expect(el.result).to.deep.equal({ level, reasons: expectedReasons });

        const card = resultCard(el)!;
        expect(card.getAttribute('data-level')).to.equal(level);
        const heading = shadow(el).getElementById('result-heading')!;
        expect(shadow(el).activeElement === heading, 'focus is on the result heading').to.equal(true);
        const prefix = heading.querySelector('.visually-hidden');
        expect(text(prefix)).to.equal(resultText(level).prefix);
        expect(text(heading)).to.contain(resultText(level).heading);
        for (const id of yes) expect(text(card)).to.contain(set.questions.find((q) => q.id === id)!.reason);
        for (const action of resultText(level).actions) {
          expect(text(card)).to.contain(general(action, '112'));
        }
        const net = card.querySelector('[part="safety-net"]');
        expect(text(net)).to.contain(general(set.safetyNet.intro, '112'));
        for (const sign of set.safetyNet.signs) expect(text(net)).to.contain(sign);
        const live = shadow(el).querySelector('[role="status"]');
        expect(text(live)).to.contain(resultText(level).heading);
        await expect(el).to.be.accessible();
      });
    }

    it('the emergency result after submit is accessible too', async () => {
      const el = await checker();
      await answerAll(el, [ids('emergency')[5]]);
      await submit(el);
      expect(el.result?.level).to.equal('emergency');
      await expect(el).to.be.accessible();
    });

    it('never calls a result clear or fine, and self-care says it is not a diagnosis', async () => {
      for (const level of Object.keys(RANK) as Level[]) {
        const card = resultText(level);
        const words = [card.heading, ...card.actions].join(' ');
        expect(words).not.to.match(/\b(all clear|clear|fine)\b/i);
      }
      const el = await checker();
      await answerAll(el);
      await submit(el);
      expect(text(resultCard(el))).to.match(/not a diagnosis/i);
      expect(text(resultCard(el))).not.to.match(/\b(clear|fine)\b/i);
    });

    it('withdraws a submitted result when an answer changes, until submitted again', async () => {
      const el = await checker();
      await answerAll(el);
      await submit(el);
      expect(el.result?.level).to.equal('self-care');
      await answer(el, 'fever', 'yes');
      expect(el.result).to.equal(null);
      await submit(el);
      expect(el.result).to.deep.equal({ level: 'urgent', reasons: ['fever'] });
    });
  });

  describe('reset', () => {
    it('returns to the initial state with focus on the first question', async () => {
      const el = await checker();
      await answerAll(el, ['fever']);
      await submit(el);
      shadow(el).querySelector<HTMLButtonElement>('[part="reset-button"]')!.click();
      await el.updateComplete;
      await el.updateComplete;
      expect(el.result).to.equal(null);
      expect(resultCard(el)).to.equal(null);
      expect(shadow(el).querySelectorAll('input:checked')).to.have.length(0);
      expect(shadow(el).activeElement === shadow(el).querySelector('input[type="radio"]'), 'focus is on the first radio').to.equal(true);
      await expect(el).to.be.accessible();
    });
  });

  describe('privacy', () => {
    it('stores and sends nothing', async () => {
      const calls: string[] = [];
      const restoreStorage = replaceStorageMethods({ setItem: () => void calls.push('storage') });
      const originals = {
        fetch: window.fetch,
        beacon: navigator.sendBeacon,
        cookie: Object.getOwnPropertyDescriptor(Document.prototype, 'cookie')!,
      };
      window.fetch = (() => {
        calls.push('fetch');
        return Promise.reject(new Error('no'));
      }) as typeof fetch;
      navigator.sendBeacon = () => (calls.push('beacon'), true);
      Object.defineProperty(document, 'cookie', { configurable: true, set: () => calls.push('cookie'), get: () => '' });
      try {
        const el = await checker();
        await answer(el, 'both-legs', 'yes');
        await answerAll(el, ['fever']);
        await submit(el);
        expect(el.result?.level).to.equal('urgent');
      } finally {
        restoreStorage();
        window.fetch = originals.fetch;
        navigator.sendBeacon = originals.beacon;
        delete (document as { cookie?: string }).cookie;
      }
      expect(calls).to.deep.equal([]);
      expect(localStorage.length + sessionStorage.length).to.equal(0);
    });
  });

  describe('bad configuration', () => {
    it('an unknown set names the value and the known sets', async () => {
      const el = await checker(html`<stride-red-flag-checker set="neck-pain"></stride-red-flag-checker>`);
      const alert = shadow(el).querySelector('[role="alert"][part="error"]');
      expect(text(alert)).to.contain('set');
      expect(text(alert)).to.contain('neck-pain');
      expect(text(alert)).to.contain('low-back-pain');
      expect(warnings.messages).to.have.length(1);
      await expect(el).to.be.accessible();
    });

    it('an emergency-number that is not a phone number is ignored with one warning', async () => {
      const el = await checker(html`<stride-red-flag-checker emergency-number="call&lt;b&gt;me&lt;/b&gt;"></stride-red-flag-checker>`);
      await answer(el, 'chest-pain', 'yes');
      await answer(el, 'both-legs', 'yes');
      expect(text(resultCard(el))).to.contain('Call your local emergency number now');
      expect(text(resultCard(el))).not.to.contain('call<b>');
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('emergency-number');
    });

    it('an advice-line that is not a phone number is ignored with one warning, and the general words are used', async () => {
      const el = await checker(html`<stride-red-flag-checker advice-line="ring us"></stride-red-flag-checker>`);
      await answerAll(el, ['fever']);
      await submit(el);
      expect(text(resultCard(el))).to.contain('Or call an urgent advice line for advice today.');
      expect(text(resultCard(el))).not.to.contain('ring us');
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('advice-line').and.contain('ring us');
    });
  });

  describe('revision 2: groups, contacts, safety net and review', () => {
    afterEach(() => resetCatalogue());

    it('groups the questions under one heading per level, most severe first, in one form', async () => {
      const el = await checker();
      const groups = [...shadow(el).querySelectorAll<HTMLElement>('form [part="group"]')];
      expect(groups.map((g) => g.dataset.level)).to.deep.equal(['emergency', 'urgent', 'soon']);
      const headings = [catalogue.ui.redFlagChecker.emergencyGroup, catalogue.ui.redFlagChecker.urgentGroup, catalogue.ui.redFlagChecker.soonGroup];
      groups.forEach((group, i) => {
        const heading = group.querySelector('h4');
        expect(text(heading), 'a real heading one level below the checker').to.equal(headings[i]);
        expect(group.getAttribute('role')).to.equal('group');
        expect(group.getAttribute('aria-labelledby')).to.equal(heading!.id);
        const levels = [...group.querySelectorAll<HTMLElement>('fieldset')].map((f) => f.dataset.level);
        expect(levels.length).to.be.greaterThan(0);
        expect(new Set(levels)).to.deep.equal(new Set([group.dataset.level]));
      });
      expect(shadow(el).querySelectorAll('form').length).to.equal(1);
      expect(shadow(el).querySelectorAll('fieldset').length).to.equal(24);
    });

    it('names the advice line from advice-line in the urgent result, with no warning', async () => {
      const el = await checker(html`<stride-red-flag-checker emergency-number="999" advice-line="111"></stride-red-flag-checker>`);
      await answerAll(el, ['one-leg-worsening']);
      await submit(el);
      expect(el.result?.level).to.equal('urgent');
      expect(text(resultCard(el))).to.contain('Or call 111 for advice today.');
      expect(text(resultCard(el))).to.contain('Call 999 at once if you get any of these');
      expect(warnings.messages).to.deep.equal([]);
    });

    it('names no UK service without the attributes', async () => {
      const el = await checker();
      await answerAll(el, ['fever']);
      await submit(el);
      const all = text(shadow(el));
      expect(all).to.contain('Or call an urgent advice line for advice today.');
      expect(all).to.contain('Call your local emergency number at once if you get any of these');
      expect(all).not.to.match(/\b(999|111|A&E|NHS 111)\b/);
    });

    it('shows the safety net in the urgent, soon and self-care results, and not in the emergency result', async () => {
      for (const [yes, level] of [[['fever'], 'urgent'], [['struggling'], 'soon'], [[], 'self-care'], [['chest-pain'], 'emergency']] as const) {
        const el = await checker();
        await answerAll(el, yes);
        await submit(el);
        expect(el.result?.level).to.equal(level);
        const net = resultCard(el)!.querySelector('[part="safety-net"]');
        if (level === 'emergency') expect(net, level).to.equal(null);
        else expect(text(net), level).to.contain('numbness or tingling around your genitals or bottom');
      }
    });

    it('the emergency result says what to do with chest pain and to tell staff about cauda equina syndrome', async () => {
      const el = await checker(html`<stride-red-flag-checker emergency-number="112"></stride-red-flag-checker>`);
      await answer(el, 'very-unwell', 'yes');
      const card = text(resultCard(el));
      expect(el.result).to.deep.equal({ level: 'emergency', reasons: ['very-unwell'] });
      expect(card).to.contain('If you have chest pain, call 112.').and.contain('Do not travel to hospital yourself.');
      expect(card).to.contain('tell staff you are worried about cauda equina syndrome');
    });

    it('always shows the disclaimer with who it is for, the emergency number filled in', async () => {
      const el = await checker(html`<stride-red-flag-checker emergency-number="911"></stride-red-flag-checker>`);
      const disclaimer = text(shadow(el).querySelector('[part="disclaimer"]'));
      expect(disclaimer).to.contain('For people aged 16 and over.');
      expect(disclaimer).to.contain('call 911 if they have any emergency sign listed here');
      expect(disclaimer).not.to.contain('{');
    });

    it('shows the bundled review status under the disclaimer: not yet reviewed by a clinician, with the month its sources were checked', async () => {
      const el = await checker();
      const review = shadow(el).querySelector('[part="disclaimer"] [part="review"]');
      expect(text(review)).to.equal('No clinician has reviewed this content yet. It was written from NHS and NICE guidance, last checked against its sources in November 2026.');
    });

    it("a clinic's review block replaces it, and every checker on the page shows the new line", async () => {
      const el = await checker();
      await loadCatalogue({
        review: { reviewed: true, by: 'Dr A Patel', role: 'clinical safety officer', date: '2026-12-01', nextDue: '2027-06-01', sourcesChecked: '2026-11' },
      });
      await el.updateComplete;
      expect(text(shadow(el).querySelector('[part="review"]'))).to.equal(
        'Reviewed by Dr A Patel (clinical safety officer) on 1 December 2026. Next review due 1 June 2027.',
      );
      await loadCatalogue({ review: { reviewed: true, by: 'Sam Lee', date: '2027-01-15', sourcesChecked: '2027-01' } });
      await el.updateComplete;
      expect(text(shadow(el).querySelector('[part="review"]'))).to.equal('Reviewed by Sam Lee on 15 January 2027.');
    });

    it('rejects a review that claims a review without saying who or when, and changes nothing', async () => {
      const el = await checker();
      const before = text(shadow(el).querySelector('[part="review"]'));
      let error: Error | null = null;
      try {
        await loadCatalogue({ review: { reviewed: true, sourcesChecked: '2026-11' } });
      } catch (e) {
        error = e as Error;
      }
      expect(error?.message).to.contain('review').and.contain('by').and.contain('date');
      await el.updateComplete;
      expect(text(shadow(el).querySelector('[part="review"]'))).to.equal(before);
    });

    it('is accessible with the groups, a soon result and its safety net, in light and dark', async () => {
      for (const theme of ['light', 'dark']) {
        const el = await checker(html`<stride-red-flag-checker theme=${theme}></stride-red-flag-checker>`);
        await answerAll(el, ['one-leg-symptoms']);
        await submit(el);
        expect(el.result?.level).to.equal('soon');
        await expect(el).to.be.accessible();
      }
    });
  });

  describe('keyboard only', () => {
    it('completes the whole form with Tab, arrows and Space, submits with Enter and lands on the result', async () => {
      const el = await checker();
      const urgentId = ids('urgent')[0];
      // Focus starts before the widget.
      const before = document.createElement('button');
      before.textContent = 'before';
      el.before(before);
      before.focus();
      const order = [...shadow(el).querySelectorAll('fieldset')].map((f) => f.querySelector('input')!.name);
      for (const id of order) {
        await pressKey('Tab'); // to the group's first radio ("yes"), unchecked
        if (id === urgentId) await pressKey(' ');
        else await pressKey('ArrowDown'); // moves to and selects "no"
      }
      await pressKey('Tab'); // submit button
      expect(shadow(el).activeElement?.getAttribute('part')).to.equal('submit-button');
      await pressKey('Enter');
      await el.updateComplete;
      await el.updateComplete;
      expect(el.result).to.deep.equal({ level: 'urgent', reasons: [urgentId] });
      expect(shadow(el).activeElement?.id).to.equal('result-heading');
      before.remove();
    });
  });

  describe('layout', () => {
    it('fits 320 px at 200% text size without horizontal scrolling', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="width: 320px; font-size: 200%"><stride-red-flag-checker></stride-red-flag-checker></div>`,
      );
      const el = wrapper.querySelector('stride-red-flag-checker')!;
      await el.updateComplete;
      await answerAll(el, ['fever']);
      await submit(el);
      expect(el.scrollWidth).to.be.at.most(el.clientWidth);
      for (const node of shadow(el).querySelectorAll<HTMLElement>('*')) {
        expect(node.getBoundingClientRect().right, node.className).to.be.at.most(el.getBoundingClientRect().right + 0.5);
      }
    });
  });
});
