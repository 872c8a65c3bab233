/**
 * Vite plugin: folds the indentation out of lit's html`` and svg`` templates
 * at build time (the source stays readable; the bundles carry less). Each run
 * of whitespace that holds a line break becomes one space, which the browser
 * renders the same (it collapses white space, and no template here sets
 * `white-space: pre`); a template holding a <pre>, <textarea>, <script> or
 * <style> element is left as it is. Only the templates' own text changes,
 * never a `${…}` expression. Every build uses it (the pre-rendering entry as
 * much as the bundles), so the server's templates and the browser's stay the
 * same, as hydration needs.
 */
import MagicString from 'magic-string';
import { parseAst } from 'vite';

const TAGS = new Set(['html', 'svg']);
const VERBATIM = /<(pre|textarea|script|style)\b/i;

/** The text of a template's static part, its indentation folded. */
export const foldWhitespace = (text) => text.replace(/\s*\n\s*/g, ' ');

/** Every tagged template literal in `node`, depth first. */
function* taggedTemplates(node) {
  if (!node || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const child of node) yield* taggedTemplates(child);
    return;
  }
  if (node.type === 'TaggedTemplateExpression') yield node;
  for (const [key, child] of Object.entries(node)) if (key !== 'type' && child && typeof child === 'object') yield* taggedTemplates(child);
}

/**
 * `code` with every html`` and svg`` template folded, or null when nothing
 * changed. `id` names the file in errors and picks the parser's language.
 * @param {string} code
 * @param {string} id
 */
export function minifyHtmlTemplates(code, id) {
  if (!/\b(html|svg)`/.test(code)) return null;
  const ast = parseAst(code, { lang: /\.tsx?$/.test(id) ? 'ts' : 'js' });
  const s = new MagicString(code);
  for (const node of taggedTemplates(ast)) {
    if (node.tag.type !== 'Identifier' || !TAGS.has(node.tag.name)) continue;
    const quasis = node.quasi.quasis;
    if (quasis.some((q) => VERBATIM.test(q.value.raw))) continue;
    for (const q of quasis) {
      const { raw } = q.value;
      // The element's span starts at the delimiter before its text (` or }).
      const at = q.start + 1;
      if (!code.startsWith(raw, at)) throw new Error(`${id}: a template's text is not where the parser put it (offset ${q.start})`);
      const folded = foldWhitespace(raw);
      if (folded !== raw) s.overwrite(at, at + raw.length, folded);
    }
  }
  return s.hasChanged() ? { code: s.toString(), map: s.generateMap({ hires: true, source: id }) } : null;
}

/** @returns {import('vite').Plugin} */
export function minifyHtmlPlugin() {
  return {
    name: 'stride-minify-html',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id.replace(/\\/g, '/'))) return null;
      return minifyHtmlTemplates(code, id);
    },
  };
}
