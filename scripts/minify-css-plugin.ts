/**
 * Vite plugin: folds the whitespace and comments inside lit's css`` templates
 * at build time (the source stays readable; the bundles carry less).
 */
import type { Plugin } from 'vite';

export function minifyCss(css: string): string {
  return css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,])\s*/g, '$1')
    .replace(/;}/g, '}')
    .trim();
}

export function minifyCssPlugin(): Plugin {
  return {
    name: 'stride-minify-css',
    transform(code, id) {
      if (!/\/src\/.*\.styles\.ts$/.test(id)) return null;
      return { code: code.replace(/\bcss`([^`]*)`/g, (_, body: string) => `css\`${minifyCss(body)}\``), map: null };
    },
  };
}
