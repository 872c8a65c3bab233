import { expect } from '@open-wc/testing';
import '../../src/index';
import { useMedia } from '../helpers/media';
import { allWidgets, moving } from '../helpers/widgets';

// Runs in a reduced-motion launch (see web-test-runner.config.mjs); media.test.ts
// checks that the same widgets do move without it, so this check can fail.
describe('media preferences, across every widget (reduced motion)', () => {
  before(() => useMedia({ reducedMotion: 'reduce' }));

  it('prefers-reduced-motion: nothing transitions or animates', async () => {
    const found = (await allWidgets()).flatMap(moving);
    expect(found).to.deep.equal([]);
  });
});
