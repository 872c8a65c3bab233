import { expect, fixture } from '@open-wc/testing';
import { StrideElement } from '../../src/internal/stride-element';
import catalogue from '../../src/catalogue/catalogue.json';
import { captureWarnings, shadow, text } from '../helpers/console';

type Widget = StrideElement & { updateComplete: Promise<boolean> };

/** The surfaces of the two schemes (styles/tokens.styles.ts). */
const SURFACE = { light: 'rgb(255, 255, 255)', dark: 'rgb(27, 35, 40)' };

/**
 * What every widget inherits from StrideElement (heading level, theme, the
 * error state for bad configuration, a second definition of its tag), run
 * against one widget, as Lion's `test-suites/` are. `minimal` is the widget's
 * markup with the attributes it needs to render normally, e.g.
 * `<stride-exercise-card exercise="bird-dog"></stride-exercise-card>`.
 */
export function runInheritedSuite(tag: string, minimal: string): void {
  /** The minimal widget with `attributes` added, rendered. */
  async function widget(attributes: Record<string, string> = {}): Promise<Widget> {
    const template = document.createElement('template');
    template.innerHTML = minimal;
    const element = template.content.firstElementChild as Widget;
    for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
    const el = await fixture<Widget>(element);
    await el.updateComplete;
    return el;
  }

  const mainHeading = (el: Widget) => shadow(el).querySelector('[part="heading"]');
  const level = (heading: Element | null) => Number(heading?.localName.slice(1));

  describe(`<${tag}>: what every widget inherits`, () => {
    let warnings: ReturnType<typeof captureWarnings>;
    beforeEach(() => (warnings = captureWarnings()));
    afterEach(() => warnings.restore());

    it('is defined under its tag as a StrideElement', () => {
      const defined = customElements.get(tag);
      expect(defined, `<${tag}> defined`).to.exist;
      expect(defined!.prototype instanceof StrideElement, 'a StrideElement').to.equal(true);
    });

    it('pre-rendered, with no hydration support loaded (the npm entries), it drops the server nodes and renders once', async () => {
      // Declarative shadow DOM as the server writes it, here with one stand-in node.
      const box = document.createElement('div');
      box.setHTMLUnsafe(minimal.replace('></', '><template shadowrootmode="open"><p class="server">From the server</p></template></'));
      const el = box.firstElementChild as Widget;
      expect(el.shadowRoot?.querySelectorAll('.server').length, 'a declarative shadow root').to.equal(1);
      document.body.append(box);
      try {
        await el.updateComplete;
        const root = el.shadowRoot!;
        expect(root.querySelectorAll('.server').length, 'server nodes left').to.equal(0);
        expect(root.querySelectorAll('[part="heading"]').length, 'main headings').to.equal(1);
        expect(root.children.length, 'root elements').to.equal(1);
      } finally {
        box.remove();
      }
    });

    describe('heading level', () => {
      it('the main heading is an h3 by default, with no warning', async () => {
        const el = await widget();
        expect(mainHeading(el)?.localName).to.equal('h3');
        expect(warnings.messages).to.deep.equal([]);
      });

      for (const wanted of [1, 2, 6]) {
        it(`heading-level="${wanted}" makes the main heading an h${wanted}, and no other heading sits above it`, async () => {
          const el = await widget({ 'heading-level': String(wanted) });
          expect(mainHeading(el)?.localName).to.equal(`h${wanted}`);
          const others = [...shadow(el).querySelectorAll('h1, h2, h3, h4, h5, h6')].filter((h) => h !== mainHeading(el));
          for (const h of others) expect(level(h), `<${h.localName}> ${text(h)}`).to.be.within(Math.min(wanted + 1, 6), 6);
          expect(warnings.messages).to.deep.equal([]);
        });
      }
    });

    describe('the error state for bad configuration', () => {
      for (const bad of ['9', '0', 'two']) {
        it(`heading-level="${bad}" shows an alert naming heading-level, "${bad}" and 1 to 6, instead of the widget, and warns once`, async () => {
          const el = await widget({ 'heading-level': bad });
          const alert = shadow(el).querySelector('[role="alert"][part="error"]');
          expect(alert, 'role=alert part=error').to.exist;
          expect(text(alert)).to.contain('heading-level').and.contain(`"${bad}"`).and.contain(catalogue.ui.errors.headingLevelAccepted);
          expect(mainHeading(el), 'no widget behind the error').to.equal(null);
          expect(warnings.messages).to.have.length(1);
          expect(warnings.messages[0]).to.contain(`<${tag}>`).and.contain('heading-level');
          await expect(el).to.be.accessible();
        });
      }

      it('warns once however often it re-renders', async () => {
        const el = await widget({ 'heading-level': '9' });
        el.requestUpdate();
        await el.updateComplete;
        el.setAttribute('theme', 'dark');
        await el.updateComplete;
        expect(warnings.messages).to.have.length(1);
      });

      it('recovers when the attribute is corrected', async () => {
        const el = await widget({ 'heading-level': '9' });
        el.setAttribute('heading-level', '2');
        await el.updateComplete;
        expect(shadow(el).querySelector('[role="alert"]')).to.equal(null);
        expect(mainHeading(el)?.localName).to.equal('h2');
      });

      it('leaves another of the same widget on the page unaffected', async () => {
        const wrapper = await fixture<HTMLDivElement>(`<div>${minimal}${minimal}</div>`);
        const [bad, good] = [...wrapper.children] as Widget[];
        bad.setAttribute('heading-level', '9');
        await bad.updateComplete;
        await good.updateComplete;
        expect(shadow(bad).querySelector('[role="alert"]')).to.exist;
        expect(shadow(good).querySelector('[role="alert"]')).to.equal(null);
        expect(mainHeading(good)?.localName).to.equal('h3');
      });
    });

    describe('theme', () => {
      it('light and dark paint their opaque surfaces; dark is accessible', async () => {
        const light = await widget({ theme: 'light' });
        const dark = await widget({ theme: 'dark' });
        expect(getComputedStyle(light).backgroundColor).to.equal(SURFACE.light);
        expect(getComputedStyle(dark).backgroundColor).to.equal(SURFACE.dark);
        await expect(dark).to.be.accessible();
        expect(warnings.messages).to.deep.equal([]);
      });

      it('another value is ignored (the page’s scheme is followed) with one warning naming it', async () => {
        const plain = await widget();
        const odd = await widget({ theme: 'sepia' });
        expect(getComputedStyle(odd).backgroundColor).to.equal(getComputedStyle(plain).backgroundColor);
        expect(shadow(odd).querySelector('[role="alert"]'), 'still renders').to.equal(null);
        expect(warnings.messages).to.have.length(1);
        expect(warnings.messages[0]).to.contain('theme').and.contain('sepia');
      });
    });

    it('a second definition of the tag warns once, naming it, does not throw, and keeps the first', () => {
      const first = customElements.get(tag) as unknown as typeof StrideElement;
      abstract class Another extends first {}
      expect(() => Another.define(tag)).not.to.throw();
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain(`<${tag}>`);
      expect(customElements.get(tag)).to.equal(first);
    });
  });
}
