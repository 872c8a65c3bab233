import { expect } from '@open-wc/testing';
import '../../src/index';
import { captureWarnings, shadow } from '../helpers/console';
import { useMedia } from '../helpers/media';
import { allWidgets } from '../helpers/widgets';

// Runs in a dark launch (see web-test-runner.config.mjs); light is in media.test.ts.
describe('media preferences, across every widget (dark)', () => {
  before(() => useMedia({ colorScheme: 'dark' }));

  it('prefers-color-scheme: dark paints every widget dark, and theme="light" overrides it', async () => {
    for (const widget of await allWidgets()) {
      expect(getComputedStyle(widget).backgroundColor, widget.localName).to.equal('rgb(27, 35, 40)');
    }
    for (const widget of await allWidgets('light')) {
      expect(getComputedStyle(widget).backgroundColor, widget.localName).to.equal('rgb(255, 255, 255)');
    }
  });

  it('every widget is accessible in the dark scheme', async () => {
    for (const widget of await allWidgets()) await expect(widget).to.be.accessible();
  });

  it('an unknown theme is ignored with one warning per widget, and the widget still renders in the page scheme', async () => {
    const warnings = captureWarnings();
    try {
      const widgets = await allWidgets('purple');
      for (const widget of widgets) {
        expect(shadow(widget).querySelector('[part="error"]'), widget.localName).to.equal(null);
        expect(getComputedStyle(widget).backgroundColor, widget.localName).to.equal('rgb(27, 35, 40)');
        const mine = warnings.messages.filter((m) => m.startsWith(`<${widget.localName}>`));
        expect(mine, widget.localName).to.have.length(1);
        expect(mine[0]).to.contain('theme').and.contain('purple');
      }
    } finally {
      warnings.restore();
    }
  });
});
