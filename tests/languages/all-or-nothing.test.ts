/**
 * All or nothing, for translated catalogues: an invalid one (here the Spanish
 * catalogue with one question's level removed, or a broken clinic layer on
 * top of it) changes nothing on the page, whether loaded with
 * `loadCatalogue` or `<stride-catalogue>`; the catalogue in force, every
 * widget's text, language and direction stay exactly as they were.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/index';
import '../../src/components/catalogue/catalogue';
import es from '../../src/catalogues/es.json';
import { CatalogueError, getCatalogue, loadCatalogue } from '../../src/catalogue/load';
import { resetCatalogue } from '../../src/catalogue/store';
import { captureWarnings, shadow } from '../helpers/console';
import { allWidgets } from '../helpers/widgets';

type Widget = HTMLElement & { updateComplete: Promise<unknown> };

/** The Spanish catalogue with the `level` of its first question removed. */
function withoutALevel(): object {
  const broken = structuredClone(es) as { redFlagSets: { questions: Record<string, unknown>[] }[] };
  delete broken.redFlagSets[0].questions[0].level;
  return broken;
}

/** What the page shows: each widget's rendered markup (text, language and direction included). */
async function page(widgets: Widget[]): Promise<string[]> {
  for (const w of widgets) await w.updateComplete;
  return widgets.map((w) => shadow(w).innerHTML.replace(/<!--[^>]*-->/g, ''));
}

describe('all or nothing for translated catalogues', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => (warnings = captureWarnings()));
  afterEach(() => {
    warnings.restore();
    resetCatalogue();
  });

  it('loadCatalogue rejects the Spanish catalogue with a question’s level removed, naming its path, and changes nothing', async () => {
    const widgets = (await allWidgets()) as Widget[];
    const before = await page(widgets);
    const catalogueBefore = getCatalogue();
    const error = await loadCatalogue(withoutALevel(), { mode: 'replace' }).catch((e: unknown) => e);
    expect(error).to.be.instanceOf(CatalogueError);
    expect((error as CatalogueError).issues.some((issue) => issue.startsWith('redFlagSets[0].questions[0].level'))).to.equal(true);
    expect(await page(widgets)).to.deep.equal(before);
    expect(getCatalogue()).to.deep.equal(catalogueBefore);
    expect(getCatalogue().locale).to.equal('en-GB');
  });

  it('<stride-catalogue> with the broken Spanish file fires stride-catalogue-error and changes nothing', async () => {
    const widgets = (await allWidgets()) as Widget[];
    const before = await page(widgets);
    const src = URL.createObjectURL(new Blob([JSON.stringify(withoutALevel())], { type: 'application/json' }));
    const loader = await fixture(html`<stride-catalogue mode="replace"></stride-catalogue>`);
    const failed = oneEvent(loader, 'stride-catalogue-error');
    loader.setAttribute('src', src);
    const { detail } = await failed;
    expect(detail.issues.join('\n')).to.include('redFlagSets[0].questions[0].level');
    expect(await page(widgets)).to.deep.equal(before);
    URL.revokeObjectURL(src);
  });

  it('once Spanish is in force, an invalid clinic layer leaves every widget in Spanish as it was', async () => {
    const widgets = (await allWidgets()) as Widget[];
    await loadCatalogue(es, { mode: 'replace' });
    const spanish = await page(widgets);
    expect(spanish.join()).to.include(es.ui.formCues.heading);
    const clinicLayer = { ui: { formCues: { heading: 'Consejos de la clínica' } }, exercises: [{ id: 'clinic-only', name: 'Sin pasos' }] };
    const error = await loadCatalogue(clinicLayer).catch((e: unknown) => e);
    expect(error).to.be.instanceOf(CatalogueError);
    expect(await page(widgets)).to.deep.equal(spanish);
    expect(getCatalogue().locale).to.equal('es');
  });

  it('the valid Spanish catalogue does change the page (so the checks above can fail)', async () => {
    const widgets = (await allWidgets()) as Widget[];
    const before = await page(widgets);
    await loadCatalogue(es, { mode: 'replace' });
    const after = await page(widgets);
    after.forEach((markup, i) => expect(markup, widgets[i].localName).not.to.equal(before[i]));
  });
});
