/**
 * `dist/cdn/loader.js`, the script-tag loader: one
 * `<script type="module" src=".../dist/cdn/loader.js">` defines only the
 * `stride-*` elements on the page, and those added later. On first sight of a
 * tag it fetches that widget's code and its part of the catalogue (for cards,
 * only the exercises shown, each with the sources it cites), provides the
 * content, then defines the tag (for a routine, the card and timer it shows too), so the first render (or the hydration of
 * pre-rendered HTML, which needs the same content the server used) already
 * has its content. Lit, the base element and the catalogue store come in one
 * shared chunk beside this file, fetched with the first widget's own code.
 *
 * Lit's hydration support comes only with pre-rendered HTML: the first time
 * the loader sees an element with a declarative shadow root, it fetches the
 * support (`hydrate.ts`), and installs it before it defines any tag it has
 * not defined yet (those shown inside a pre-rendered routine among them), so
 * those elements and every later one hydrate. A pre-rendered element of a tag
 * defined before (added later, say by a script that inserts server-rendered
 * HTML) is upgraded at once by the browser: it hydrates if the support is
 * installed by then, and otherwise renders afresh (see `StrideElement`).
 *
 * A `MutationObserver` watches for tags added later and disconnects once
 * every tag it knows is defined. A tag already defined by another copy (the
 * IIFE or the ES bundle on the same page) is left alone with one warning,
 * like a second definition. Each copy has its own catalogue store: a clinic
 * catalogue loaded through one copy reaches only the elements that copy
 * defined, so a page uses one copy (or loads its catalogue through each).
 */
import { exerciseLoaders } from './exercise-loaders';

type Widget = { define(tag: string): void };

/**
 * Lit, the base element and the catalogue store (`shared.js`), fetched with the first widget's own code rather than
 * imported by this file: the loader itself is then a small file with no imports, which a page fetches and runs at
 * once, and the shared code comes in parallel with the widget's (one round trip fewer before a widget shows).
 */
let shared: Promise<Pick<typeof import('../internal/stride-element'), 'StrideElement' | 'provideBundled'>> | undefined;
const sharedCode = () =>
  (shared ??= import('../internal/stride-element').then(({ StrideElement, provideBundled, provideLazily }) => {
    provideLazily('exercises', exerciseLoaders);
    return { StrideElement, provideBundled };
  }));

/** Each tag's class, fetched on first sight (the component modules only declare it). */
const widgets: Record<string, () => Promise<Widget>> = {
  'stride-exercise-card': () => import('../components/exercise-card/exercise-card.component').then((m) => m.StrideExerciseCard),
  'stride-red-flag-checker': () =>
    import('../components/red-flag-checker/red-flag-checker.component').then((m) => m.StrideRedFlagChecker),
  'stride-form-cues': () => import('../components/form-cues/form-cues.component').then((m) => m.StrideFormCues),
  'stride-recovery-timer': () =>
    import('../components/recovery-timer/recovery-timer.component').then((m) => m.StrideRecoveryTimer),
  'stride-routine': () => import('../components/routine/routine.component').then((m) => m.StrideRoutine),
  'stride-catalogue': () => import('../components/catalogue/catalogue.component').then((m) => m.StrideCatalogue),
};
/** The tags a widget shows in its own shadow root, where this loader cannot see them: started with it. */
const inside: Record<string, string[]> = { 'stride-routine': ['stride-exercise-card', 'stride-recovery-timer'] };
const tags = Object.keys(widgets);
const seen = new Set<string>();
let hydration: Promise<unknown> | undefined;

/**
 * Fetches Lit's hydration support (once) if one of `elements` was pre-rendered (a shadow root before its tag is
 * defined: one drawn by another copy, the IIFE say, is not); `hydration` is then what to wait for.
 */
const hydrateIfPrerendered = (elements: Iterable<Element>) => {
  for (const el of elements) {
    if (el.shadowRoot && !customElements.get(el.localName)) hydration ??= import('./hydrate').then((m) => m.installHydration());
  }
};

/** Fetches a tag's class and the content its elements on the page read, provides the content, then defines it. */
async function load(tag: string, elements: Element[]): Promise<void> {
  const defined = customElements.get(tag);
  if (defined) {
    const { StrideElement } = await sharedCode();
    // This copy's own class needs nothing more (a card defines the timer it opens); another copy's keeps the tag.
    if (!(defined.prototype instanceof StrideElement)) {
      console.warn(`stride-widgets: <${tag}> is already defined on this page; this copy's definition was skipped.`);
    }
    return;
  }
  // The page's cards, and those pre-rendered inside another widget (a routine's step): each hydrates with its exercise.
  const cards =
    tag === 'stride-exercise-card' ? elements : elements.flatMap((el) => [...(el.shadowRoot?.querySelectorAll('stride-exercise-card') ?? [])]);
  const exercises = cards.map((el) => exerciseLoaders[el.getAttribute('exercise')?.trim() ?? '']?.());
  const [{ provideBundled }, widget, ...parts] = await Promise.all([sharedCode(), widgets[tag](), ...exercises]);
  for (const part of parts) if (part) provideBundled(part.default);
  // Elements parsed while the code was on its way count too.
  hydrateIfPrerendered(document.querySelectorAll(tag));
  await hydration;
  widget.define(tag);
}

/** Starts every tag first seen in `root` (itself included). */
function scan(root: ParentNode): void {
  const found = new Map<string, Element[]>();
  const consider = (el: Element) => {
    if (seen.has(el.localName)) return;
    if (!found.has(el.localName)) found.set(el.localName, []);
    found.get(el.localName)!.push(el);
  };
  if (root instanceof Element && tags.includes(root.localName)) consider(root);
  root.querySelectorAll(tags.join()).forEach(consider);
  for (const tag of [...found.keys()]) for (const t of inside[tag] ?? []) if (!seen.has(t)) found.set(t, found.get(t) ?? []);
  hydrateIfPrerendered([...found.values()].flat());
  for (const [tag, elements] of found) {
    seen.add(tag);
    // A file that failed to arrive (the shared code or the widget's): one warning.
    load(tag, elements)
      .catch((error: Error) => console.warn(`stride-widgets: <${tag}> could not be loaded (${error.message}).`))
      .then(stopWhenDone);
  }
}

const observer = new MutationObserver((records) => {
  for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) scan(node);
  stopWhenDone();
});

let watching = true;
/** Nothing left to watch for once every tag is defined, by this loader or another copy: it stops, once. */
function stopWhenDone(): void {
  if (watching && tags.every((tag) => customElements.get(tag))) {
    watching = false;
    observer.disconnect();
  }
}

observer.observe(document.documentElement, { childList: true, subtree: true });
scan(document);
stopWhenDone();
