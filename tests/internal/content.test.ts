/**
 * How a source reads (`renderSource`), and the schema rules for sources:
 * a publication has a year, a web page the month it was read, never both;
 * the one entry that is not a citation reads as its title alone.
 */
import { expect } from '@open-wc/testing';
import { render } from 'lit';
import catalogue from '../../src/catalogue/catalogue.json';
import { Catalogue, Dosage, Source, type UiStrings } from '../../src/catalogue/schema';
import { formatIssues } from '../../src/catalogue/validate';
import { monthName, renderSource, sourcesLine } from '../../src/internal/content';

const ui = catalogue.ui as UiStrings;
const bundled = Catalogue.parse(catalogue);
const source = (id: string) => bundled.sources.find((s) => s.id === id)!;

/** The `<li>` a source renders to. */
function rendered(s: Source, locale = 'en-GB'): HTMLLIElement {
  const list = document.createElement('ul');
  render(renderSource(ui, locale, s), list);
  return list.querySelector('li')!;
}
const textOf = (el: Element) => el.textContent!.replace(/\s+/g, ' ').trim();

describe('renderSource', () => {
  it('a publication reads "Title. Authors, Journal, year, volume(issue):pages."', () => {
    expect(textOf(rendered(source('verhagen-2016')))).to.equal(
      'Red flags presented in current low back pain guidelines: a review. Verhagen AP et al., Eur Spine J, 2016, 25(9):2788–2802.',
    );
  });

  it('a DOI renders as a https://doi.org/ link after the citation', () => {
    const li = rendered(source('finucane-2020'));
    expect(textOf(li)).to.equal(
      'International Framework for Red Flags for Potential Serious Spinal Pathologies. Finucane LM et al., J Orthop Sports Phys Ther, 2020, 50(7):350–372. doi:10.2519/jospt.2020.9971',
    );
    const link = li.querySelector('a')!;
    expect(link.getAttribute('href')).to.equal('https://doi.org/10.2519/jospt.2020.9971');
    expect(link.textContent).to.equal('doi:10.2519/jospt.2020.9971');
    expect(link.rel).to.equal('noopener noreferrer');
  });

  it('a web page reads "Title. Publisher, accessed Month Year." in the catalogue\'s language', () => {
    expect(textOf(rendered(source('nhs-back-pain')))).to.equal('Back pain. NHS website, accessed November 2026.');
    expect(textOf(rendered({ id: 'x', title: 'Dolor de espalda', publisher: 'NHS', accessed: '2026-01' }, 'es-ES'))).to.equal(
      'Dolor de espalda. NHS, accessed enero de 2026.',
    );
  });

  it('coaching-practice reads as its title alone: no year, no author, not dressed as a citation', () => {
    const li = rendered(source('coaching-practice'));
    expect(textOf(li)).to.equal('Common running-coach practice: not a published study.');
    expect(li.querySelector('a')).to.equal(null);
    expect(textOf(li)).to.not.match(/\d{4}/);
  });

  it('links the title when the source has a URL, and adds no second full stop after a title that ends a sentence', () => {
    const li = rendered(source('nice-ng65'));
    expect(li.querySelector('a')?.getAttribute('href')).to.equal('https://www.nice.org.uk/guidance/ng65');
    expect(textOf(li)).to.equal('Spondyloarthritis in over 16s: diagnosis and management (NG65). NICE, 2017.');
    expect(textOf(rendered({ id: 'q', title: 'Does it help?', authors: 'A B', year: 2020 }))).to.equal('Does it help? A B, 2020.');
  });

  it('renders catalogue text as text, never as HTML', () => {
    const li = rendered({ id: 'x', title: '<img src=x onerror=alert(1)>', publisher: '<b>p</b>', year: 2020 });
    expect(li.querySelector('img, b')).to.equal(null);
    expect(li.textContent).to.contain('<img src=x onerror=alert(1)>');
  });
});

describe('monthName', () => {
  it('names the month in the locale, whatever the time zone', () => {
    expect(monthName('2026-11', 'en-GB')).to.equal('November 2026');
    expect(monthName('2026-01', 'en-GB')).to.equal('January 2026');
    expect(monthName('2026-12', 'en-US')).to.equal('December 2026');
  });

  it('falls back to the raw value when the locale is unusable', () => {
    expect(monthName('2026-11', 'not a locale!')).to.equal('2026-11');
  });
});

describe('sourcesLine', () => {
  it('lists titles once each, the coaching-practice label included, unknown ids skipped', () => {
    expect(sourcesLine(ui, bundled.sources, ['coaching-practice', 'souza-2016', 'coaching-practice', 'nope'])).to.equal(
      'Sources: Common running-coach practice: not a published study; An evidence-based videotaped running biomechanics analysis',
    );
  });
});

describe('Source and Dosage schema', () => {
  const issues = (schema: typeof Source | typeof Dosage, value: unknown) => {
    const result = schema.safeParse(value);
    return result.success ? [] : formatIssues(result.error.issues);
  };

  it('accepts a publication with a year, a web page with accessed, and a label with neither', () => {
    expect(issues(Source, { id: 'a', title: 'T', authors: 'A', year: 2020, details: '1(2):3–4', doi: '10.1000/xyz' })).to.deep.equal([]);
    expect(issues(Source, { id: 'b', title: 'T', publisher: 'P', accessed: '2026-11' })).to.deep.equal([]);
    expect(issues(Source, { id: 'c', title: 'Not a published study' })).to.deep.equal([]);
  });

  it('rejects both year and accessed, with a clear message at accessed', () => {
    expect(issues(Source, { id: 'a', title: 'T', year: 2026, accessed: '2026-11' })).to.deep.equal([
      'accessed: give year (a publication) or accessed (a web page), not both',
    ]);
  });

  it('rejects an accessed that is not YYYY-MM, and a DOI that is not 10.xxxx/…', () => {
    expect(issues(Source, { id: 'a', title: 'T', accessed: 'November 2026' })).to.deep.equal([
      'accessed: expected a month as YYYY-MM, e.g. "2026-11"',
    ]);
    expect(issues(Source, { id: 'a', title: 'T', accessed: '2026-13' })).to.have.length(1);
    expect(issues(Source, { id: 'a', title: 'T', year: 2020, doi: 'https://doi.org/10.1/x' })).to.deep.equal([
      'doi: expected a DOI such as "10.2519/jospt.2020.9971"',
    ]);
  });

  it('a pyramid comes with holdSeconds and without sets or reps', () => {
    expect(issues(Dosage, { pyramid: [6, 4, 2], holdSeconds: '10', frequency: 'Daily' })).to.deep.equal([]);
    expect(issues(Dosage, { pyramid: [6, 4, 2], sets: '3', holdSeconds: '10', frequency: 'Daily' })).to.deep.equal([
      'pyramid: a pyramid gives the sets and reps: leave out sets and reps',
    ]);
    expect(issues(Dosage, { pyramid: [6, 4, 2], frequency: 'Daily' })).to.deep.equal([
      'pyramid: a pyramid counts holds: give holdSeconds too',
    ]);
    expect(issues(Dosage, { pyramid: [6], holdSeconds: '10', frequency: 'Daily' })).to.deep.equal([
      'pyramid: expected at least two sets',
    ]);
  });
});
