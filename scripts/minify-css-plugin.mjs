/**
 * Vite plugin: minifies the CSS inside lit's css`` templates at build time
 * with Lightning CSS (the source stays readable; the bundles carry less), and
 * keeps the source map right (magic-string). `${…}` interpolations, which
 * the styles use only for whole declarations (styles/tokens.styles.ts), stand
 * in as placeholder declarations while Lightning CSS works.
 */
import { transform } from 'lightningcss';
import MagicString from 'magic-string';

const SLOT = (i) => `--stride-slot-${i}:${i}`;
const SLOT_PATTERN = /--stride-slot-(\d+):\s*\1/g;

/**
 * The minified text of one css`` template's body. `${…}` interpolations (each
 * standing for declarations inside a rule) come back as they were.
 * @param {string} body the template's text between the backticks
 * @param {string} [filename] for error messages
 * @returns {string}
 */
export function minifyCssTemplate(body, filename = 'template.css') {
  const slots = [];
  const css = body.replace(/\$\{([^}]*)\}/g, (_, expression) => `${SLOT(slots.push(expression) - 1)};`);
  let out;
  try {
    out = transform({ filename, code: Buffer.from(css), minify: true }).code.toString();
  } catch (error) {
    const at = error.loc ? ` (line ${error.loc.line} of the css\`\` template)` : '';
    throw new Error(`${filename}: ${error.message}${at}`, { cause: error });
  }
  out = out.replace(SLOT_PATTERN, (_, i) => `\${${slots[Number(i)]}}`);
  const missing = slots.findIndex((_, i) => !out.includes(`\${${slots[i]}}`));
  if (missing !== -1) throw new Error(`${filename}: the interpolation \${${slots[missing]}} was lost in minifying`);
  return out;
}

/** @returns {import('vite').Plugin} */
export function minifyCssPlugin() {
  return {
    name: 'stride-minify-css',
    transform(code, id) {
      if (!/\/src\/.*\.styles\.ts$/.test(id.replace(/\\/g, '/'))) return null;
      const s = new MagicString(code);
      for (const m of code.matchAll(/\bcss`([^`]*)`/g)) {
        const start = m.index + m[0].indexOf('`') + 1;
        s.overwrite(start, start + m[1].length, minifyCssTemplate(m[1], id));
      }
      return s.hasChanged() ? { code: s.toString(), map: s.generateMap({ hires: true, source: id }) } : null;
    },
  };
}
