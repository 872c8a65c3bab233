import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/components/form-cues/form-cues';
import { StrideFormCues, type CuesChangeDetail } from '../../src/components/form-cues/form-cues.component';
import catalogue from '../../src/catalogue/catalogue.json';
import { loadCatalogue } from '../../src/catalogue/load';
import { resetCatalogue } from '../../src/catalogue/store';
import { captureWarnings, shadow, text } from '../helpers/console';
import { pressKey } from '../helpers/keys';
import { domError, replaceStorageMethods } from '../helpers/storage';

const t = catalogue.ui.formCues;
const allIds = catalogue.cues.map((c) => c.id);
const idsOf = (group: string) => catalogue.cues.filter((c) => c.group === group).map((c) => c.id);
const cueById = (id: string) => catalogue.cues.find((c) => c.id === id)!;
const KEY = 'stride-widgets:form-cues:v1:test-run';

async function formCues(template = html`<stride-form-cues></stride-form-cues>`): Promise<StrideFormCues> {
  const el = await fixture<StrideFormCues>(template);
  await el.updateComplete;
  return el;
}

const checkboxes = (el: Element) => [...shadow(el).querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
const shownIds = (el: Element) => checkboxes(el).map((box) => box.value);
const checkedIds = (el: Element) => checkboxes(el).filter((box) => box.checked).map((box) => box.value);
const progress = (el: Element) => text(shadow(el).querySelector('[part="progress"]'));
const progressText = (checked: number, total: number) => `${checked} of ${total} checked`;

function checkbox(el: Element, id: string): HTMLInputElement {
  const box = shadow(el).querySelector<HTMLInputElement>(`input[type="checkbox"][value="${id}"]`);
  if (!box) throw new Error(`no checkbox for ${id}`);
  return box;
}

/** Ticks or unticks as a user would: clicking the checkbox's label. */
async function toggle(el: StrideFormCues, id: string) {
  const box = checkbox(el, id);
  shadow(el).querySelector<HTMLLabelElement>(`label[for="${box.id}"]`)!.click();
  await el.updateComplete;
}

async function reset(el: StrideFormCues) {
  shadow(el).querySelector<HTMLButtonElement>('[part="reset-button"]')!.click();
  await el.updateComplete;
}

/** Records every `stride-cues-change` that reaches the document. */
function recordChanges() {
  const events: CustomEvent<CuesChangeDetail>[] = [];
  const listener = (event: Event) => events.push(event as CustomEvent<CuesChangeDetail>);
  document.addEventListener('stride-cues-change', listener);
  return { events, stop: () => document.removeEventListener('stride-cues-change', listener) };
}

// Heading level, theme, the error state and a second definition: tests/shared/inherited-behaviour.suite.ts.
describe('<stride-form-cues>', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => (warnings = captureWarnings()));
  afterEach(() => {
    warnings.restore();
    localStorage.clear();
  });

  it('is defined and is a StrideFormCues', () => {
    expect(customElements.get('stride-form-cues') === StrideFormCues, 'defined as StrideFormCues').to.equal(true);
  });

  describe('the checklist', () => {
    it('has the heading from the catalogue, an h3 by default', async () => {
      const el = await formCues();
      const heading = shadow(el).querySelector('[part="heading"]');
      expect(heading?.localName).to.equal('h3');
      expect(text(heading)).to.equal(t.heading);
      expect(warnings.messages).to.deep.equal([]);
    });

    it('groups the cues by the catalogue groups, in catalogue order, each with a sub-heading', async () => {
      const el = await formCues();
      const groups = [...shadow(el).querySelectorAll('[part="group"]')];
      expect(groups.map((g) => text(g.querySelector('h4')))).to.deep.equal(catalogue.cueGroups.map((g) => g.name));
      groups.forEach((group, i) => {
        const id = catalogue.cueGroups[i].id;
        const values = [...group.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')].map((b) => b.value);
        expect(values, id).to.deep.equal(idsOf(id));
        // The group is named by its heading.
        const heading = shadow(el).getElementById(group.getAttribute('aria-labelledby')!);
        expect(text(heading)).to.equal(catalogue.cueGroups[i].name);
      });
      expect(shownIds(el)).to.deep.equal(allIds);
    });

    it('puts the whole checklist one level lower under heading-level', async () => {
      const el = await formCues(html`<stride-form-cues heading-level="2"></stride-form-cues>`);
      expect(shadow(el).querySelector('[part="heading"]')?.localName).to.equal('h2');
      expect(shadow(el).querySelectorAll('[part="group"] > h3')).to.have.length(catalogue.cueGroups.length);
      expect(shadow(el).querySelectorAll('h4')).to.have.length(0);
    });

    it('has one native checkbox per cue: value is the cue id, name "cue", labelled by its instruction', async () => {
      const el = await formCues();
      const boxes = checkboxes(el);
      expect(boxes).to.have.length(catalogue.cues.length);
      boxes.forEach((box, i) => {
        const cue = catalogue.cues[i];
        expect(box.value).to.equal(cue.id);
        expect(box.name).to.equal('cue');
        expect(box.checked).to.equal(false);
        expect(box.labels?.length).to.equal(1);
        expect(text(box.labels![0])).to.equal(cue.instruction);
        expect(box.closest('[part="cue"]')?.getAttribute('data-cue')).to.equal(cue.id);
      });
    });

    it('shows each cue’s evidence badge, which describes its checkbox', async () => {
      const el = await formCues();
      for (const cue of catalogue.cues) {
        const item = checkbox(el, cue.id).closest('[part="cue"]')!;
        const badge = item.querySelector('[part="badge"]');
        const label = catalogue.ui.evidence[cue.evidence as keyof typeof catalogue.ui.evidence];
        expect(text(badge), cue.id).to.equal(`${catalogue.ui.common.evidenceLabel} ${label}`);
        const described = shadow(el).getElementById(checkbox(el, cue.id).getAttribute('aria-describedby')!);
        expect(text(described), cue.id).to.equal(text(badge));
      }
    });

    it('puts each cue’s why in a closed disclosure whose summary names the cue', async () => {
      const el = await formCues();
      const names = new Set<string>();
      for (const cue of catalogue.cues) {
        const details = checkbox(el, cue.id).closest('[part="cue"]')!.querySelector('details')!;
        expect(details.open, cue.id).to.equal(false);
        const summary = details.querySelector('summary')!;
        expect(text(summary), cue.id).to.equal(`${t.whyLabel} ${cue.instruction}`);
        expect(text(summary.querySelector('.visually-hidden')), cue.id).to.equal(cue.instruction);
        expect(text(details.querySelector('p')), cue.id).to.equal(cue.why);
        names.add(text(summary));
      }
      expect(names.size, 'every summary has a different name').to.equal(catalogue.cues.length);
    });

    it('opens a why and stays accessible', async () => {
      const el = await formCues();
      const details = checkbox(el, 'quick-steps').closest('[part="cue"]')!.querySelector('details')!;
      details.querySelector('summary')!.click();
      await el.updateComplete;
      expect(details.open).to.equal(true);
      expect(details.querySelector('p')!.getBoundingClientRect().height).to.be.greaterThan(0);
      await expect(el).to.be.accessible();
    });

    it('shows the progress in a polite live region, and is accessible', async () => {
      const el = await formCues();
      const line = shadow(el).querySelector('[part="progress"]')!;
      expect(progress(el)).to.equal(progressText(0, catalogue.cues.length));
      expect(line.getAttribute('role')).to.equal('status');
      expect(line.getAttribute('aria-live')).to.equal('polite');
      await expect(el).to.be.accessible();
    });

    it('lists the cues’ sources once each, in one small line', async () => {
      const el = await formCues(html`<stride-form-cues cues="posture"></stride-form-cues>`);
      const line = text(shadow(el).querySelector('[part="sources"]'));
      const ids = [...new Set(catalogue.cues.filter((c) => c.group === 'posture').flatMap((c) => c.sources))];
      const titles = ids.map((id) => catalogue.sources.find((s) => s.id === id)!.title);
      expect(line).to.equal(`${catalogue.ui.common.sourcesHeading}: ${titles.join('; ')}`);
    });

    it('has a reset button from the catalogue', async () => {
      const el = await formCues();
      const button = shadow(el).querySelector<HTMLButtonElement>('[part="reset-button"]')!;
      expect(button.localName).to.equal('button');
      expect(button.type).to.equal('button');
      expect(text(button)).to.equal(t.reset);
    });

    it('fits a 320 px wide screen without sideways scrolling', async () => {
      const el = await formCues();
      el.style.width = '320px';
      await el.updateComplete;
      const section = shadow(el).querySelector('section')!;
      expect(section.scrollWidth, 'no overflow').to.be.at.most(section.clientWidth + 2);
      const box = checkbox(el, 'slight-lean').getBoundingClientRect();
      const em = parseFloat(getComputedStyle(el).fontSize);
      expect(box.width, 'checkbox about 1.5em').to.be.closeTo(1.5 * em, 1);
      expect(box.right, 'checkbox inside the widget').to.be.at.most(el.getBoundingClientRect().right);
    });

    it('is accessible in the dark theme', async () => {
      const el = await formCues(html`<stride-form-cues theme="dark"></stride-form-cues>`);
      await toggle(el, 'arms-bent');
      await expect(el).to.be.accessible();
    });
  });

  describe('ticking', () => {
    it('updates the progress and fires stride-cues-change (bubbling, composed)', async () => {
      const el = await formCues();
      const fired = oneEvent(el, 'stride-cues-change');
      await toggle(el, 'quick-steps');
      const event = await fired;
      expect(event.detail).to.deep.equal({ checked: ['quick-steps'], total: allIds.length });
      expect(event.bubbles, 'bubbles').to.equal(true);
      expect(event.composed, 'composed').to.equal(true);
      expect(checkbox(el, 'quick-steps').checked).to.equal(true);
      expect(progress(el)).to.equal(progressText(1, allIds.length));
      await expect(el).to.be.accessible();
    });

    it('reports the checked ids in catalogue order, whatever order they were ticked in', async () => {
      const el = await formCues();
      const changes = recordChanges();
      await toggle(el, 'hip-extension');
      await toggle(el, 'arms-bent');
      await toggle(el, 'tall-posture');
      changes.stop();
      expect(changes.events.map((e) => e.detail.checked)).to.deep.equal([
        ['hip-extension'],
        ['arms-bent', 'hip-extension'],
        ['tall-posture', 'arms-bent', 'hip-extension'],
      ]);
      expect(progress(el)).to.equal(progressText(3, allIds.length));
    });

    it('fires on untick too', async () => {
      const el = await formCues();
      await toggle(el, 'quick-steps');
      await toggle(el, 'soft-landing');
      const fired = oneEvent(el, 'stride-cues-change');
      await toggle(el, 'quick-steps');
      expect((await fired).detail).to.deep.equal({ checked: ['soft-landing'], total: allIds.length });
      expect(checkedIds(el)).to.deep.equal(['soft-landing']);
      expect(progress(el)).to.equal(progressText(1, allIds.length));
    });

    it('counts all ticked, and is accessible', async () => {
      const el = await formCues();
      for (const id of allIds) await toggle(el, id);
      expect(progress(el)).to.equal(progressText(allIds.length, allIds.length));
      expect(checkedIds(el)).to.deep.equal(allIds);
      await expect(el).to.be.accessible();
    });

    it('fires nothing on first render', async () => {
      const changes = recordChanges();
      await formCues();
      changes.stop();
      expect(changes.events).to.have.length(0);
    });

    it('works with the keyboard alone: Tab to a checkbox, Space ticks it, Enter opens its why', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div><button id="before">Before</button><stride-form-cues cues="arms"></stride-form-cues></div>`,
      );
      const el = wrapper.querySelector('stride-form-cues')!;
      await el.updateComplete;
      wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
      await pressKey('Tab');
      const first = checkbox(el, 'arms-bent');
      expect(shadow(el).activeElement === first, 'Tab reaches the first checkbox').to.equal(true);
      const fired = oneEvent(el, 'stride-cues-change');
      await pressKey(' ');
      expect((await fired).detail).to.deep.equal({ checked: ['arms-bent'], total: 2 });
      await el.updateComplete;
      expect(first.checked).to.equal(true);
      expect(progress(el)).to.equal(progressText(1, 2));
      await pressKey('Tab');
      const summary = first.closest('[part="cue"]')!.querySelector('summary')!;
      expect(shadow(el).activeElement === summary, 'Tab reaches the why').to.equal(true);
      await pressKey('Enter');
      expect(summary.closest('details')!.open).to.equal(true);
      await pressKey('Tab');
      expect(shadow(el).activeElement === checkbox(el, 'arms-forward'), 'then the next checkbox').to.equal(true);
    });
  });

  describe('reset', () => {
    it('unticks all and fires', async () => {
      const el = await formCues();
      await toggle(el, 'quick-steps');
      await toggle(el, 'tall-posture');
      const fired = oneEvent(el, 'stride-cues-change');
      await reset(el);
      const event = await fired;
      expect(event.detail).to.deep.equal({ checked: [], total: allIds.length });
      expect(event.bubbles && event.composed, 'bubbles and composed').to.equal(true);
      expect(checkedIds(el)).to.deep.equal([]);
      expect(progress(el)).to.equal(progressText(0, allIds.length));
      await expect(el).to.be.accessible();
    });

    it('fires nothing when nothing was ticked', async () => {
      const el = await formCues();
      const changes = recordChanges();
      await reset(el);
      changes.stop();
      expect(changes.events).to.have.length(0);
    });
  });

  describe('the cues attribute', () => {
    it('shows only the cue ids given, in catalogue order', async () => {
      const el = await formCues(html`<stride-form-cues cues="hip-extension,tall-posture,quick-steps"></stride-form-cues>`);
      expect(shownIds(el)).to.deep.equal(['tall-posture', 'quick-steps', 'hip-extension']);
      expect([...shadow(el).querySelectorAll('[part="group"]')].map((g) => g.getAttribute('data-group'))).to.deep.equal([
        'posture',
        'stride',
        'core-and-hips',
      ]);
      expect(progress(el)).to.equal(progressText(0, 3));
      expect(warnings.messages).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });

    it('shows whole groups by group id', async () => {
      const el = await formCues(html`<stride-form-cues cues="stride,arms"></stride-form-cues>`);
      expect(shownIds(el)).to.deep.equal([...idsOf('arms'), ...idsOf('stride')]);
      expect(shadow(el).querySelectorAll('[part="group"]')).to.have.length(2);
    });

    it('mixes cue and group ids, ignoring whitespace and repeats', async () => {
      const el = await formCues(html`<stride-form-cues cues="  quick-steps , arms,,arms-bent , "></stride-form-cues>`);
      expect(shownIds(el)).to.deep.equal([...idsOf('arms'), 'quick-steps']);
      expect(warnings.messages).to.deep.equal([]);
    });

    it('shows all when empty', async () => {
      const el = await formCues(html`<stride-form-cues cues=" "></stride-form-cues>`);
      expect(shownIds(el)).to.deep.equal(allIds);
    });

    it('counts only the cues shown in the progress and the event', async () => {
      const el = await formCues(html`<stride-form-cues cues="arms"></stride-form-cues>`);
      const fired = oneEvent(el, 'stride-cues-change');
      await toggle(el, 'arms-forward');
      expect((await fired).detail).to.deep.equal({ checked: ['arms-forward'], total: 2 });
      expect(progress(el)).to.equal(progressText(1, 2));
    });

    it('follows changes to the attribute', async () => {
      const el = await formCues(html`<stride-form-cues cues="arms"></stride-form-cues>`);
      el.setAttribute('cues', 'posture');
      await el.updateComplete;
      expect(shownIds(el)).to.deep.equal(idsOf('posture'));
    });

    it('names unknown ids in an alert, with what is accepted, and still shows the known ones', async () => {
      const el = await formCues(html`<stride-form-cues cues="arms, bogus, quick-steps, nope"></stride-form-cues>`);
      const alert = shadow(el).querySelector('[role="alert"]');
      expect(alert?.getAttribute('part')).to.equal('error');
      expect(text(alert)).to.contain('"bogus"').and.contain('"nope"').and.contain(t.cuesAccepted);
      expect(text(alert)).to.not.contain('arms-bent');
      expect(text(alert)).to.not.contain(catalogue.ui.common.errorHeading);
      expect(shownIds(el)).to.deep.equal([...idsOf('arms'), 'quick-steps']);
      // Above the list.
      const firstGroup = shadow(el).querySelector('[part="group"]')!;
      expect(Boolean(alert!.compareDocumentPosition(firstGroup) & Node.DOCUMENT_POSITION_FOLLOWING), 'alert first').to.equal(true);
      await toggle(el, 'quick-steps');
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('<stride-form-cues>').and.contain('"bogus", "nope"');
      await expect(el).to.be.accessible();
    });

    it('shows only the alert when no id is known', async () => {
      const el = await formCues(html`<stride-form-cues cues="bogus"></stride-form-cues>`);
      const alert = shadow(el).querySelector('[role="alert"][part="error"]');
      expect(text(alert)).to.contain(catalogue.ui.common.errorHeading).and.contain('"bogus"').and.contain(t.cuesAccepted);
      expect(checkboxes(el)).to.have.length(0);
      expect(shadow(el).querySelector('[part="heading"]')).to.equal(null);
      expect(shadow(el).querySelector('[part="reset-button"]')).to.equal(null);
      el.requestUpdate();
      await el.updateComplete;
      expect(warnings.messages).to.have.length(1);
      await expect(el).to.be.accessible();
    });
  });

  describe('persist', () => {
    it('saves ticks under the namespaced, versioned key and restores them in a new element', async () => {
      const first = await formCues(html`<stride-form-cues persist="test-run"></stride-form-cues>`);
      await toggle(first, 'soft-landing');
      await toggle(first, 'tall-posture');
      expect(JSON.parse(localStorage.getItem(KEY)!)).to.deep.equal(['tall-posture', 'soft-landing']);
      first.remove();

      const changes = recordChanges();
      const again = await formCues(html`<stride-form-cues persist="test-run"></stride-form-cues>`);
      changes.stop();
      expect(checkedIds(again)).to.deep.equal(['tall-posture', 'soft-landing']);
      expect(progress(again)).to.equal(progressText(2, allIds.length));
      expect(changes.events, 'no event on restore').to.have.length(0);
      expect(shadow(again).querySelector('[part="storage-note"]')).to.equal(null);
      expect(warnings.messages).to.deep.equal([]);
    });

    it('saves unticks and reset', async () => {
      const el = await formCues(html`<stride-form-cues persist="test-run"></stride-form-cues>`);
      await toggle(el, 'soft-landing');
      await toggle(el, 'quick-steps');
      await toggle(el, 'soft-landing');
      expect(JSON.parse(localStorage.getItem(KEY)!)).to.deep.equal(['quick-steps']);
      await reset(el);
      expect(localStorage.getItem(KEY)).to.equal(null);
    });

    it('saves nothing without persist', async () => {
      const el = await formCues();
      await toggle(el, 'quick-steps');
      expect(localStorage.length).to.equal(0);
    });

    it('restores when the key changes, without an event', async () => {
      localStorage.setItem('stride-widgets:form-cues:v1:other', JSON.stringify(['arms-bent']));
      const el = await formCues(html`<stride-form-cues persist="test-run"></stride-form-cues>`);
      await toggle(el, 'quick-steps');
      const changes = recordChanges();
      el.setAttribute('persist', 'other');
      await el.updateComplete;
      changes.stop();
      expect(checkedIds(el)).to.deep.equal(['arms-bent']);
      expect(changes.events).to.have.length(0);
      // Removing persist keeps the ticks on screen and stops saving.
      el.removeAttribute('persist');
      await el.updateComplete;
      expect(checkedIds(el)).to.deep.equal(['arms-bent']);
      await toggle(el, 'tall-posture');
      expect(JSON.parse(localStorage.getItem('stride-widgets:form-cues:v1:other')!)).to.deep.equal(['arms-bent']);
    });

    it('starts afresh when the key changes to one whose value is corrupt', async () => {
      localStorage.setItem('stride-widgets:form-cues:v1:broken', '[');
      const el = await formCues(html`<stride-form-cues persist="test-run"></stride-form-cues>`);
      await toggle(el, 'quick-steps');
      el.persist = 'broken';
      await el.updateComplete;
      expect(checkedIds(el)).to.deep.equal([]);
      expect(warnings.messages).to.have.length(1);
    });

    it('uses the key "default" when persist is empty', async () => {
      const el = await formCues(html`<stride-form-cues persist=""></stride-form-cues>`);
      await toggle(el, 'quick-steps');
      expect(localStorage.getItem('stride-widgets:form-cues:v1:default')).to.equal('["quick-steps"]');
    });

    it('ignores unknown ids in storage, restores the known ones, and drops the unknown on the next save', async () => {
      localStorage.setItem(KEY, JSON.stringify(['no-such-cue', 'quick-steps', 'arms-bent']));
      const el = await formCues(html`<stride-form-cues persist="test-run"></stride-form-cues>`);
      expect(checkedIds(el)).to.deep.equal(['arms-bent', 'quick-steps']);
      expect(progress(el)).to.equal(progressText(2, allIds.length));
      const fired = oneEvent(el, 'stride-cues-change');
      await toggle(el, 'tall-posture');
      expect((await fired).detail.checked).to.deep.equal(['tall-posture', 'arms-bent', 'quick-steps']);
      expect(JSON.parse(localStorage.getItem(KEY)!)).to.deep.equal(['tall-posture', 'arms-bent', 'quick-steps']);
      expect(warnings.messages).to.deep.equal([]);
    });

    it('keeps the saved ticks of cues hidden by the cues attribute', async () => {
      localStorage.setItem(KEY, JSON.stringify(['quick-steps', 'arms-bent']));
      const el = await formCues(html`<stride-form-cues persist="test-run" cues="arms"></stride-form-cues>`);
      expect(checkedIds(el)).to.deep.equal(['arms-bent']);
      expect(progress(el)).to.equal(progressText(1, 2));
      const fired = oneEvent(el, 'stride-cues-change');
      await reset(el);
      expect((await fired).detail).to.deep.equal({ checked: [], total: 2 });
      expect(JSON.parse(localStorage.getItem(KEY)!)).to.deep.equal(['quick-steps']);
    });

    for (const [name, raw] of [
      ['invalid JSON', '["quick-steps"'],
      ['the wrong shape', '{"checked":["quick-steps"]}'],
    ] as const) {
      it(`starts afresh from ${name}, warns once, and overwrites it on the next tick`, async () => {
        localStorage.setItem(KEY, raw);
        const el = await formCues(html`<stride-form-cues persist="test-run"></stride-form-cues>`);
        expect(checkedIds(el)).to.deep.equal([]);
        expect(progress(el)).to.equal(progressText(0, allIds.length));
        expect(warnings.messages).to.have.length(1);
        expect(warnings.messages[0]).to.contain(KEY);
        expect(shadow(el).querySelector('[part="storage-note"]')).to.equal(null);
        await toggle(el, 'quick-steps');
        expect(localStorage.getItem(KEY)).to.equal('["quick-steps"]');
        expect(warnings.messages).to.have.length(1);
        await expect(el).to.be.accessible();
      });
    }

    it('keeps working when storage is full: not saved, one warning, a note', async () => {
      let attempts = 0;
      const restore = replaceStorageMethods({
        setItem: () => {
          attempts += 1;
          throw domError('QuotaExceededError');
        },
      });
      try {
        const el = await formCues(html`<stride-form-cues persist="test-run"></stride-form-cues>`);
        expect(shadow(el).querySelector('[part="storage-note"]')).to.equal(null);
        const fired = oneEvent(el, 'stride-cues-change');
        await toggle(el, 'quick-steps');
        expect((await fired).detail.checked).to.deep.equal(['quick-steps']);
        await toggle(el, 'arms-bent');
        expect(checkedIds(el)).to.deep.equal(['arms-bent', 'quick-steps']);
        expect(progress(el)).to.equal(progressText(2, allIds.length));
        expect(text(shadow(el).querySelector('[part="storage-note"]'))).to.equal(t.storageUnavailable);
        expect(warnings.messages).to.have.length(1);
        expect(warnings.messages[0]).to.contain('QuotaExceededError');
        expect(localStorage.getItem(KEY)).to.equal(null);
        expect(attempts, 'no more attempts after the first failure').to.equal(1);
        await expect(el).to.be.accessible();
      } finally {
        restore();
      }
    });

    it('keeps working when storage is disabled: not saved, one warning, a note', async () => {
      const own = Object.getOwnPropertyDescriptor(window, 'localStorage');
      if (!own) throw new Error('expected window.localStorage to be an own property');
      Object.defineProperty(window, 'localStorage', {
        configurable: true,
        get() {
          throw domError('SecurityError');
        },
      });
      try {
        const el = await formCues(html`<stride-form-cues persist="test-run"></stride-form-cues>`);
        expect(text(shadow(el).querySelector('[part="storage-note"]'))).to.equal(t.storageUnavailable);
        expect(checkedIds(el)).to.deep.equal([]);
        const fired = oneEvent(el, 'stride-cues-change');
        await toggle(el, 'quick-steps');
        expect((await fired).detail.checked).to.deep.equal(['quick-steps']);
        expect(progress(el)).to.equal(progressText(1, allIds.length));
        expect(warnings.messages).to.have.length(1);
        expect(warnings.messages[0]).to.contain('SecurityError');
        await expect(el).to.be.accessible();
      } finally {
        Object.defineProperty(window, 'localStorage', own);
      }
      expect(localStorage.getItem(KEY)).to.equal(null);
    });
  });

  describe('a clinic catalogue', () => {
    afterEach(() => resetCatalogue());

    it('re-renders with the new cues, keeping the ticks', async () => {
      const el = await formCues(html`<stride-form-cues cues="arms"></stride-form-cues>`);
      await toggle(el, 'arms-bent');
      await loadCatalogue({ cues: [{ ...cueById('arms-bent'), instruction: 'Clinic: bend your elbows.' }] });
      await el.updateComplete;
      expect(text(checkbox(el, 'arms-bent').labels![0])).to.equal('Clinic: bend your elbows.');
      expect(checkbox(el, 'arms-bent').checked).to.equal(true);
    });
  });
});
