import { expect } from '@open-wc/testing';
import { render } from 'lit';
import { renderHeading } from '../../src/internal/heading';

function heading(...args: Parameters<typeof renderHeading>): HTMLElement {
  const host = document.createElement('div');
  render(renderHeading(...args), host);
  return host.firstElementChild as HTMLElement;
}

describe('renderHeading', () => {
  it('renders a real h1–h6 at the level', () => {
    for (const level of [1, 2, 3, 4, 5, 6]) expect(heading(level, 'Bird dog').localName).to.equal(`h${level}`);
  });

  it('sub-headings go depth levels below, at most h6', () => {
    expect(heading(3, 'Safety', {}, 1).localName).to.equal('h4');
    expect(heading(6, 'Safety', {}, 1).localName).to.equal('h6');
  });

  it('carries id, part and class; tabindex="-1" only when focusable', () => {
    const plain = heading(2, 'Result', { id: 'heading', part: 'heading', className: 'widget__heading' });
    expect([plain.id, plain.getAttribute('part'), plain.className, plain.textContent]).to.deep.equal(['heading', 'heading', 'widget__heading', 'Result']);
    expect(plain.hasAttribute('tabindex')).to.equal(false);
    expect(heading(2, 'Result', { focusable: true }).getAttribute('tabindex')).to.equal('-1');
    const bare = heading(2, 'Result');
    expect(['id', 'part', 'class'].filter((name) => bare.hasAttribute(name))).to.deep.equal([]);
  });
});
