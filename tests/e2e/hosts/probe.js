// The in-page half of the host-page suite (scripts/e2e-hosts.mjs). A classic
// script loaded first on every host page, before any Stride bundle, so that:
// - errors, console errors and CSP violations are recorded inside the page,
//   where every driver (Playwright, puppeteer, WebDriver) can read them;
// - setTimeout, setInterval and requestAnimationFrame are counted, so the suite
//   can tell whether the widgets leave any behind once removed.
// Drivers call `strideProbe.run(step)`, which resolves to plain JSON.
// The component tests import it too (tests/accessibility/host-page.test.ts),
// so contrast and overflow are computed by one piece of code.
(() => {
  const native = {
    setTimeout: window.setTimeout.bind(window),
    clearTimeout: window.clearTimeout.bind(window),
    setInterval: window.setInterval.bind(window),
    clearInterval: window.clearInterval.bind(window),
    requestAnimationFrame: window.requestAnimationFrame.bind(window),
    cancelAnimationFrame: window.cancelAnimationFrame.bind(window),
    consoleError: console.error.bind(console),
  };
  const errors = [];
  const violations = [];
  const pending = { timeouts: new Set(), intervals: new Set(), frames: new Set() };
  let framesRequested = 0;

  window.addEventListener('error', (e) => errors.push(`error: ${e.message}`));
  window.addEventListener('unhandledrejection', (e) => errors.push(`unhandled rejection: ${e.reason?.message ?? e.reason}`));
  document.addEventListener('securitypolicyviolation', (e) =>
    violations.push(`${e.effectiveDirective || e.violatedDirective}: ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`),
  );
  console.error = (...args) => {
    errors.push(`console.error: ${args.map(String).join(' ')}`);
    native.consoleError(...args);
  };

  window.setTimeout = (fn, ms, ...args) => {
    const id = native.setTimeout(() => {
      pending.timeouts.delete(id);
      fn(...args);
    }, ms);
    pending.timeouts.add(id);
    return id;
  };
  window.clearTimeout = (id) => {
    pending.timeouts.delete(id);
    native.clearTimeout(id);
  };
  window.setInterval = (fn, ms, ...args) => {
    const id = native.setInterval(fn, ms, ...args);
    pending.intervals.add(id);
    return id;
  };
  window.clearInterval = (id) => {
    pending.intervals.delete(id);
    native.clearInterval(id);
  };
  window.requestAnimationFrame = (fn) => {
    framesRequested += 1;
    const id = native.requestAnimationFrame((t) => {
      pending.frames.delete(id);
      fn(t);
    });
    pending.frames.add(id);
    return id;
  };
  window.cancelAnimationFrame = (id) => {
    pending.frames.delete(id);
    native.cancelAnimationFrame(id);
  };

  const wait = (ms) => new Promise((done) => native.setTimeout(done, ms));
  const TAGS = ['stride-exercise-card', 'stride-red-flag-checker', 'stride-form-cues', 'stride-recovery-timer'];

  /** Every Stride widget in `root` (the document or a frame's document). */
  const widgets = (root = document) => [...root.querySelectorAll(TAGS.join(','))];

  // Colours: the browser converts any CSS colour (color-mix, color(srgb …), names) to sRGB bytes by painting a pixel.
  const pixel = document.createElement('canvas').getContext('2d', { willReadFrequently: true });
  function rgba(css) {
    pixel.clearRect(0, 0, 1, 1);
    pixel.fillStyle = '#000';
    pixel.fillStyle = css;
    pixel.fillRect(0, 0, 1, 1);
    const [r, g, b, a] = pixel.getImageData(0, 0, 1, 1).data;
    return { r, g, b, a: a / 255 };
  }
  const over = (top, bottom) => ({
    r: top.r * top.a + bottom.r * (1 - top.a),
    g: top.g * top.a + bottom.g * (1 - top.a),
    b: top.b * top.a + bottom.b * (1 - top.a),
    a: 1,
  });
  function luminance({ r, g, b }) {
    const linear = (c) => ((c /= 255) <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
    return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
  }
  function contrast(a, b) {
    const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return (hi + 0.05) / (lo + 0.05);
  }
  /** The parent in the flat tree: through shadow roots to their hosts. */
  const up = (el) => el.parentElement ?? el.getRootNode().host ?? null;

  /** The colour behind `el`: its backgrounds composed up to the first opaque one (the page's canvas is white). */
  function backgroundOf(el) {
    const layers = [];
    for (let node = el; node; node = up(node)) {
      const colour = rgba(getComputedStyle(node).backgroundColor);
      if (colour.a > 0) layers.push(colour);
      if (colour.a >= 1) break;
    }
    return layers.reduceRight((below, layer) => over(layer, below), { r: 255, g: 255, b: 255, a: 1 });
  }

  /** Every text node a reader sees inside the widgets' shadow roots whose contrast is under `minimum`. */
  function lowContrast(root = document, minimum = 4.5) {
    const found = [];
    const visit = (shadow, tag) => {
      const walker = document.createTreeWalker(shadow, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (!node.data.trim()) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        const boxes = [...range.getClientRects()].filter((r) => r.width > 1 && r.height > 1);
        if (!boxes.length) continue; // not rendered (closed details, display: none) or visually hidden
        const el = node.parentElement;
        const style = getComputedStyle(el);
        if (style.visibility !== 'visible' || el.closest('.visually-hidden')) continue;
        const background = backgroundOf(el);
        const ratio = contrast(over(rgba(style.color), background), background);
        if (ratio < minimum) found.push(`${tag}: "${node.data.trim().slice(0, 40)}" ${ratio.toFixed(2)}:1 (${style.color} on rgb(${background.r | 0}, ${background.g | 0}, ${background.b | 0}))`);
      }
      for (const inner of shadow.querySelectorAll('*')) if (inner.shadowRoot) visit(inner.shadowRoot, inner.localName);
    };
    for (const widget of widgets(root)) visit(widget.shadowRoot, widget.localName);
    return found;
  }

  /** Radios and checkboxes whose edge is under 3:1 against what is behind them (or drawn by the engine, not the tokens). */
  function faintControls(root = document, minimum = 3) {
    const found = [];
    for (const widget of widgets(root)) {
      for (const input of widget.shadowRoot.querySelectorAll('input[type="radio"], input[type="checkbox"]')) {
        const style = getComputedStyle(input);
        const name = `${widget.localName} ${input.type} ${input.name || input.value}${input.checked ? ' (checked)' : ''}`;
        if (style.appearance !== 'none' || parseFloat(style.borderTopWidth) < 1) {
          found.push(`${name}: drawn by the engine (appearance ${style.appearance}, border ${style.borderTopWidth})`);
          continue;
        }
        const behind = backgroundOf(up(input));
        const ratio = contrast(over(rgba(style.borderTopColor), behind), behind);
        if (ratio < minimum) found.push(`${name}: edge ${ratio.toFixed(2)}:1`);
      }
    }
    return found;
  }

  /** Horizontal overflow of the page, and of each widget's own box. */
  function overflow(doc = document) {
    const page = doc.documentElement;
    const found = [];
    if (page.scrollWidth > page.clientWidth) found.push(`the page is ${page.scrollWidth} px wide in a ${page.clientWidth} px viewport`);
    for (const widget of widgets(doc)) {
      const root = widget.shadowRoot?.querySelector('.root');
      const box = widget.getBoundingClientRect();
      if (box.right > page.clientWidth + 0.5 || box.left < -0.5) found.push(`${widget.localName} spans ${box.left | 0}–${box.right | 0} px`);
      if (root && root.scrollWidth > root.clientWidth) found.push(`${widget.localName} content is ${root.scrollWidth} px in ${root.clientWidth} px`);
    }
    return found;
  }

  /** `lang` and `dir` of each widget's content, and the direction its text is laid out in. */
  function languages(doc = document) {
    return widgets(doc).map((widget) => {
      const root = widget.shadowRoot?.querySelector('.root');
      return {
        tag: widget.localName,
        lang: root?.getAttribute('lang') ?? null,
        dir: root?.getAttribute('dir') ?? null,
        direction: root ? getComputedStyle(root).direction : null,
        // What a screen reader reads the text as: the nearest lang in the flat tree.
        heading: root?.querySelector('[part="heading"]')?.closest('[lang]')?.getAttribute('lang') ?? null,
      };
    });
  }

  /** Does what a reader does: starts the timers, answers an emergency question, ticks a cue, opens a "why". */
  async function exercise(doc = document) {
    for (const widget of widgets(doc)) await widget.updateComplete;
    for (const widget of widgets(doc)) {
      const shadow = widget.shadowRoot;
      shadow.querySelector('[part~="start-button"]')?.click();
      shadow.querySelector('input[name="both-legs"][value="yes"]')?.click();
      shadow.querySelector('input[type="checkbox"]')?.click();
      const why = shadow.querySelector('details');
      if (why) why.open = true;
    }
    for (const widget of widgets(doc)) await widget.updateComplete;
  }

  /** Removes every widget, then reports what they left running: timeouts, intervals, and frames still being requested. */
  async function removeAll(doc = document) {
    for (const widget of widgets(doc)) widget.remove();
    await wait(300);
    const before = framesRequested;
    await wait(300);
    return {
      timeouts: pending.timeouts.size,
      intervals: pending.intervals.size,
      framesRequested: framesRequested - before,
    };
  }

  /** 1,000 cycles of create, move (to another parent) and remove, of every widget, each started. */
  async function churn(cycles = 1000) {
    const [a, b] = [document.createElement('div'), document.createElement('div')];
    document.body.append(a, b);
    const make = {
      'stride-exercise-card': (el) => el.setAttribute('exercise', 'bird-dog'),
      'stride-red-flag-checker': () => {},
      'stride-form-cues': () => {},
      'stride-recovery-timer': (el) => el.setAttribute('protocol', 'ice'),
    };
    for (let i = 0; i < cycles; i += 1) {
      const created = TAGS.map((tag) => {
        const el = document.createElement(tag);
        make[tag](el);
        a.append(el);
        return el;
      });
      if (i % 100 === 0) {
        // Every hundredth cycle renders and is used before it moves, so running timers move too.
        await Promise.all(created.map((el) => el.updateComplete));
        await exercise();
      }
      for (const el of created) b.append(el);
      for (const el of created) el.remove();
    }
    await wait(50);
    const left = widgets().length;
    a.remove();
    b.remove();
    return left;
  }

  const steps = {
    /** Waits until every widget has rendered. */
    async ready() {
      await customElements.whenDefined('stride-recovery-timer');
      for (const widget of widgets()) await widget.updateComplete;
      return { widgets: widgets().length };
    },
    async check() {
      await steps.ready();
      await exercise();
      await wait(50);
      return { overflow: overflow(), lowContrast: lowContrast(), faintControls: faintControls(), languages: languages(), errors, violations };
    },
    async removeAll() {
      return removeAll();
    },
    async churn() {
      return { left: await churn(), errors, violations, ...(await removeAll()) };
    },
    /** The persisted timer's progress bar: its filled width as a share of the track. */
    async timerProgress() {
      await steps.ready();
      const timer = document.querySelector('stride-recovery-timer[persist]');
      const bar = timer.shadowRoot.querySelector('[part="progress-bar"]');
      const track = timer.shadowRoot.querySelector('[part="progress"]');
      return { share: bar.getBoundingClientRect().width / track.clientWidth, errors, violations };
    },
    async pauseTimer() {
      await steps.ready();
      const timer = document.querySelector('stride-recovery-timer[persist]');
      timer.shadowRoot.querySelector('[part~="start-button"]')?.click();
      await wait(1200);
      timer.shadowRoot.querySelector('[part~="pause-button"]')?.click();
      await timer.updateComplete;
      return { errors, violations };
    },
    clearStorage() {
      localStorage.clear();
      return true;
    },
    /** A style attribute written from script: a strict CSP must report it (proof the policy is in force). */
    async styleAttributeReported() {
      document.body.setAttribute('style', 'outline: 1px solid');
      await wait(100);
      document.body.removeAttribute('style');
      return { violations };
    },
    /** Under Trusted Types a string assigned to innerHTML throws. */
    trustedTypesEnforced() {
      const probe = document.createElement('div');
      try {
        probe.innerHTML = '<b>string</b>';
        return { enforced: false };
      } catch {
        return { enforced: true };
      }
    },
  };

  window.strideProbe = {
    run: async (step) => steps[step](),
    lowContrast,
    faintControls,
    overflow,
    languages,
    contrast: (a, b) => contrast(rgba(a), rgba(b)),
  };
})();
