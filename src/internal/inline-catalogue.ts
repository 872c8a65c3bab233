import { isServer } from 'lit';
import { applyLayer } from '../catalogue/store';

/** The inline catalogues already applied (each once, however many widgets look). */
const adopted = new WeakSet<Element>();

/**
 * Applies the clinic catalogues that `stride-widgets/ssr` writes into a page
 * it pre-renders —
 * `<stride-catalogue mode="merge"><script type="application/json">…</script></stride-catalogue>` —
 * synchronously, so pre-rendered widgets hydrate with the content they were
 * rendered with (a JSON script is data, never run: fine under a strict CSP).
 *
 * Every widget calls this when it connects (before its first render), not
 * only `<stride-catalogue>`: with the loader or the npm entries a widget's
 * code may arrive before `<stride-catalogue>`'s. The JSON was validated when it was
 * rendered, so it is applied as it is (zod is not loaded for it).
 */
export function adoptInlineCatalogues(): void {
  if (isServer) return;
  for (const script of document.querySelectorAll('stride-catalogue > script[type="application/json"]')) {
    if (adopted.has(script)) continue;
    adopted.add(script);
    try {
      const mode = script.parentElement!.getAttribute('mode') === 'replace' ? 'replace' : 'merge';
      applyLayer(JSON.parse(script.textContent ?? ''), mode);
    } catch (error) {
      console.warn(`<stride-catalogue>: the inline catalogue is not JSON (${(error as Error).message}), so it was not applied.`);
    }
  }
}
