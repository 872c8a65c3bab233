import { CatalogueError, loadCatalogue } from '../../catalogue/load';
import type { LoadMode } from '../../catalogue/merge';
import { StrideElement } from '../../internal/stride-element';

/**
 * Loads a clinic catalogue declaratively: `<stride-catalogue src="/clinic.json" mode="merge">`.
 * Every widget on the page re-renders with the new content; on invalid data
 * nothing is applied and the widgets keep the catalogue they had.
 *
 * @summary Loads a clinic catalogue.
 * @tag stride-catalogue
 *
 * @attr src - URL of the clinic catalogue (JSON).
 * @attr mode - `merge` (default: entries replace those with the same id or are added) or `replace`.
 *
 * @fires {CustomEvent<CatalogueLoadDetail>} stride-catalogue-load - The catalogue was applied. `detail: { src }`.
 * @fires {CustomEvent<CatalogueErrorDetail>} stride-catalogue-error - It was not applied. `detail: { issues }`: each problem with its JSON path.
 */
export class StrideCatalogue extends StrideElement {
  static override properties = { ...StrideElement.properties, src: {}, mode: {} };

  src: string | null = null;
  mode: 'merge' | 'replace' | null = null;

  /**
   * The load in progress or last finished, for tests that wait for it.
   * @internal
   */
  loaded: Promise<void> = Promise.resolve();

  override createRenderRoot(): HTMLElement {
    this.hidden = true;
    return this;
  }

  /** Nothing to show: no shadow root, no root element. */
  override render(): null {
    return null;
  }

  protected override renderContent(): null {
    return null;
  }

  protected override updated(changed: Map<PropertyKey, unknown>): void {
    if ((changed.has('src') || changed.has('mode')) && this.src) this.loaded = this.load(this.src);
  }

  private async load(src: string): Promise<void> {
    try {
      await loadCatalogue(src, { mode: (this.mode ?? 'merge') as LoadMode });
      this.emit('stride-catalogue-load', { src });
    } catch (error) {
      const issues = error instanceof CatalogueError ? error.issues : [String(error)];
      console.warn(`<stride-catalogue>: ${(error as Error).message}`);
      this.emit('stride-catalogue-error', { issues });
    }
  }
}
