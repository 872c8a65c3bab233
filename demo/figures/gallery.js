// The figure gallery (demo/figures.html): a card for every exercise in the catalogue in force that has a figure,
// moving, and beside it its key pose still. The still one is the same exercise with its key pose as its only pose
// (a figure of one pose never moves), added to the page's catalogue under the id "<id>-still": nothing is stored.
// `?figures=<same-site URL>` first merges draft figures ({ "<exercise id>": figure }) onto the catalogue's exercises,
// and shows only those.
(() => {
  const gallery = document.getElementById('gallery');
  const { getCatalogue, loadCatalogue } = window.StrideWidgets;

  const element = (tag, props = {}, ...children) => {
    const el = Object.assign(document.createElement(tag), props);
    el.append(...children);
    return el;
  };
  const note = (text) => gallery.replaceChildren(element('p', { className: 'note' }, text));

  /** Draft figures from `?figures=`, only from this site. */
  async function draftFigures() {
    const param = new URLSearchParams(location.search).get('figures');
    if (!param) return {};
    const url = new URL(param, location.href);
    if (url.origin !== location.origin) throw new Error(`${param}: figures are read only from this site`);
    const response = await fetch(url);
    if (!response.ok) throw new Error(`${param}: the server answered ${response.status}`);
    return response.json();
  }

  function card(id) {
    const el = document.createElement('stride-exercise-card');
    el.setAttribute('exercise', id);
    el.setAttribute('compact', '');
    el.setAttribute('heading-level', '4');
    return el;
  }

  async function show() {
    const drafts = await draftFigures();
    const drafted = getCatalogue()
      .exercises.filter((e) => drafts[e.id])
      .map((e) => ({ ...e, figure: drafts[e.id] }));
    if (drafted.length > 0) await loadCatalogue({ exercises: drafted });
    const { exercises } = getCatalogue();
    // With drafts, only the drafted exercises: what is under review.
    const withFigures = exercises.filter((e) => (drafted.length > 0 ? drafts[e.id] : e.figure));
    if (withFigures.length === 0) {
      note('No exercise in this catalogue has a movement figure yet.');
      return;
    }
    const still = withFigures.map(({ figure, ...e }) => ({
      ...e,
      id: `${e.id}-still`,
      figure: { alt: figure.alt, poses: [figure.poses[figure.key ?? figure.poses.length - 1]], equipment: figure.equipment },
    }));
    await loadCatalogue({ exercises: still });
    gallery.replaceChildren(
      element(
        'p',
        {},
        drafted.length > 0
          ? `${withFigures.length} draft figures, shown on their exercises.`
          : `${withFigures.length} of ${exercises.length} exercises have a figure.`,
      ),
      ...withFigures.map((e) =>
        element(
          'section',
          { className: 'exercise' },
          element('h2', {}, e.name, element('code', {}, e.id)),
          element('p', { className: 'alt' }, `Text alternative: “${e.figure.alt}”`),
          element(
            'div',
            { className: 'pair' },
            element('div', {}, element('h3', {}, 'Moving'), card(e.id)),
            element('div', {}, element('h3', {}, 'Key pose, still'), card(`${e.id}-still`)),
          ),
        ),
      ),
    );
  }

  show().then(
    () => (document.documentElement.dataset.ready = 'true'),
    (error) => {
      note(`The figures could not be shown: ${error.message}`);
      document.documentElement.dataset.ready = 'failed';
    },
  );
})();
