import { LitElement, html, isServer, type CSSResultGroup, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { Sections } from '../catalogue/merge';
import type { UiStrings } from '../catalogue/schema';
import type { StrideEventMap } from '../events';
import { catalogueInForce, provideBundled, subscribe } from '../catalogue/store';
import { adoptInlineCatalogues } from './inline-catalogue';
import { hydrationInstalled } from './hydration';
import { renderHeading, type HeadingAttributes } from './heading';
import { contentLanguage } from './language';
import { formatNumber } from './numbers';
import { plural, type Counted } from './plural';
import { sharedStyles } from '../styles/shared.styles';
import { fill } from './text';

/** A bad attribute: which one, what it was, and what is accepted. */
export interface ConfigProblem {
  attribute: string;
  /** `null` when the attribute is missing. */
  value: string | null;
  accepted: string;
}

/**
 * The base of every Stride widget: safe definition, typed events, the
 * catalogue subscription, `theme`, `heading-level` and the accessible error
 * state for bad configuration. Nothing else.
 *
 * The tags below are inherited by every widget in `custom-elements.json`;
 * the defaults are the light scheme's, from `styles/tokens.styles.ts`
 * (`scripts/check-manifest.mjs` fails the build if they drift).
 *
 * @attr theme - `light` or `dark` forces a colour scheme; by default it follows `prefers-color-scheme`.
 * @attr heading-level - 1–6 (default 3): the level of the widget's main heading.
 *
 * @csspart error - The error shown for bad configuration.
 *
 * @cssproperty [--stride-font-family=inherit] - Font (default: the page's).
 * @cssproperty [--stride-font-size=1em] - Base font size (widgets size in `em`).
 * @cssproperty [--stride-color-text=#212b32] - Text colour.
 * @cssproperty [--stride-color-muted=#4c6272] - Secondary text colour.
 * @cssproperty [--stride-color-surface=#ffffff] - The widget's opaque background.
 * @cssproperty [--stride-color-border=#aeb7bd] - Borders and rules.
 * @cssproperty [--stride-color-accent=#005eb8] - Accents, links and primary buttons.
 * @cssproperty [--stride-color-accent-contrast=#ffffff] - Text on accent backgrounds.
 * @cssproperty [--stride-color-focus=#ffeb3b] - Focus rings.
 * @cssproperty [--stride-color-emergency=#d5281b] - Emergency level (never the only signal).
 * @cssproperty [--stride-color-urgent=#b35900] - Urgent level and cautions.
 * @cssproperty [--stride-color-soon=#005eb8] - "See someone soon" level.
 * @cssproperty [--stride-color-self-care=#007f3b] - Self-care level.
 * @cssproperty [--stride-radius=0.25em] - Corner radius.
 * @cssproperty [--stride-space=1em] - Base spacing unit.
 */
export abstract class StrideElement extends LitElement {
  static override styles: CSSResultGroup = sharedStyles;

  /**
   * The catalogue sections this widget reads, bundled with it (`locale` included: see render).
   * @internal
   */
  static bundled: Sections = {};

  /**
   * Defines the element under `tag`. A tag that is already defined (two
   * copies of the package on one page) is skipped with one warning, never an
   * exception. A class already registered under another tag is registered
   * again through an empty subclass (a constructor can back one tag only), so
   * `customElements.get('stride-exercise-card').define('clinic-card')` works.
   * Defining a class under the tag it already has is a no-op (a card defines
   * the timer it opens, which the page may have defined already).
   */
  static define(tag: string): void {
    const defined = customElements.get(tag);
    if (defined === (this as unknown)) return;
    if (defined) {
      console.warn(`stride-widgets: <${tag}> is already defined on this page; this copy's definition was skipped.`);
      return;
    }
    const registered = customElements.getName?.(this as unknown as CustomElementConstructor) ?? null;
    const constructor = registered === null ? this : class extends (this as unknown as typeof LitElement) {};
    customElements.define(tag, constructor as unknown as CustomElementConstructor);
  }

  /**
   * Reactive properties are declared statically rather than with decorators:
   * the decorator helpers cost bytes in every bundle. Subclasses spread these;
   * internal state is `{ state: true, attribute: false }` (the second part
   * keeps it out of the Custom Elements Manifest's attributes).
   */
  static override properties: PropertyDeclarations = {
    theme: { reflect: true },
    headingLevel: { attribute: 'heading-level' },
  };

  /**
   * `light` or `dark` forces a colour scheme; by default it follows `prefers-color-scheme`.
   * (An attribute may still carry another value: it is ignored with a warning.)
   */
  theme?: 'light' | 'dark';

  /** Level (1–6) of the widget's main heading, to fit the page's outline. Default 3. */
  headingLevel: '1' | '2' | '3' | '4' | '5' | '6' | null = null;

  /**
   * Pre-rendered by `stride-widgets/ssr`: the element came with its shadow
   * root (declarative shadow DOM), which lit hydrates. The first render must
   * then match the server's, so state kept in the browser (`persist`) is
   * restored just after it.
   */
  protected readonly prerendered: boolean = !isServer && this.shadowRoot !== null;

  private unsubscribe?: () => void;
  private readonly warned = new Set<string>();

  constructor() {
    super();
    provideBundled((this.constructor as typeof StrideElement).bundled);
  }

  /**
   * A pre-rendered shadow root hydrates when Lit's hydration support is
   * installed (the script bundles; the loader once it sees pre-rendered HTML).
   * Without it Lit would render after the server's nodes, showing the widget
   * twice: they are dropped first, and the widget renders afresh.
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    if (this.prerendered && !hydrationInstalled()) this.shadowRoot!.replaceChildren();
    return super.createRenderRoot();
  }

  override connectedCallback(): void {
    // Before the first render, which a connected element has yet to do.
    adoptInlineCatalogues();
    super.connectedCallback();
    this.unsubscribe = subscribe(() => this.requestUpdate());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unsubscribe?.();
  }

  /** A `theme` other than `light` or `dark` is cosmetic: ignored (the page's scheme is followed) with one warning. */
  protected override update(changed: PropertyValues): void {
    const theme = this.theme;
    if (changed.has('theme') && theme && theme !== 'light' && theme !== 'dark') {
      this.warnIgnored({ attribute: 'theme', value: theme, accepted: this.ui.errors.themeAccepted });
    }
    super.update(changed);
  }

  /**
   * Every widget's content sits in one root element that carries the
   * catalogue's language and direction (English stays left to right and
   * English on an Arabic page), and repeats the surface, text colour and font
   * of `:host`, which a page's `* { all: revert }` cancels.
   */
  protected override render(): unknown {
    const { lang, dir } = contentLanguage(this.catalogue.locale);
    return html`<div class="root" lang=${lang} dir=${dir}>${this.renderContent()}</div>`;
  }

  /** The widget's content, inside the root element. */
  protected abstract renderContent(): unknown;

  /** The catalogue in force; re-read on every render, so clinic catalogues show at once. */
  protected get catalogue(): Sections {
    return catalogueInForce();
  }

  protected get ui(): UiStrings {
    return this.catalogue.ui as UiStrings;
  }

  /**
   * A counted UI string in the catalogue's language: the plural form for
   * `count`, its placeholders filled, number values written in the locale's
   * digits ("1 of 12 checked", "3 of 12 checked").
   */
  protected fillCounted(forms: Counted, count: number, values: object): string {
    const locale = this.catalogue.locale;
    const written = Object.fromEntries(
      Object.entries(values).map(([name, value]) => [name, typeof value === 'number' ? formatNumber(value, locale) : value]),
    );
    return fill(plural(locale, count, forms), written);
  }

  /** A number in the catalogue's language. */
  protected formatNumber(value: number): string {
    return formatNumber(value, this.catalogue.locale);
  }

  /** Dispatches a bubbling, composed `stride-*` event; its name and `detail` are checked against `StrideEventMap`. */
  protected emit<K extends keyof StrideEventMap>(name: K, detail: StrideEventMap[K]): boolean {
    return this.dispatchEvent(new CustomEvent<StrideEventMap[K]>(name, { detail, bubbles: true, composed: true }));
  }

  /** One console warning per distinct message and element. */
  protected warnOnce(message: string): void {
    if (this.warned.has(message)) return;
    this.warned.add(message);
    console.warn(`<${this.localName}>: ${message}`);
  }

  protected get headingProblem(): ConfigProblem | null {
    if (this.headingLevel === null || /^[1-6]$/.test(this.headingLevel.trim())) return null;
    return { attribute: 'heading-level', value: this.headingLevel, accepted: this.ui.errors.headingLevelAccepted };
  }

  /** A real `h1`–`h6` at the configured level, or `depth` levels below it for sub-headings (at most `h6`). */
  protected renderHeading(content: unknown, attrs: HeadingAttributes = {}, depth = 0): TemplateResult {
    return renderHeading(this.headingProblem ? 3 : Number(this.headingLevel ?? 3), content, attrs, depth);
  }

  protected problemMessage(problem: ConfigProblem): string {
    const { errors } = this.ui;
    if (problem.value === null) return fill(errors.missingAttribute, problem);
    return fill(errors.invalidAttribute, { ...problem, value: problem.value });
  }

  /** The visible, accessible error state for configuration that stops the widget rendering. */
  protected renderProblem(problem: ConfigProblem): TemplateResult {
    const message = this.problemMessage(problem);
    this.warnOnce(message);
    return html`<div class="error" role="alert" part="error">
      <p class="error__heading">${this.ui.common.errorHeading}</p>
      <p>${message}</p>
    </div>`;
  }

  /** Warns about an optional value that is ignored (the generic behaviour is used instead). */
  protected warnIgnored(problem: ConfigProblem & { value: string }): void {
    this.warnOnce(fill(this.ui.errors.ignoredAttribute, problem));
  }
}

/** The store's two calls the script-tag loader makes: with the base element, one module for it to fetch (`cdn/loader.ts`). */
export { provideBundled, provideLazily } from '../catalogue/store';
