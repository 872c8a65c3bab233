// The build's html`` minifier (scripts/minify-html-plugin.mjs): indentation
// folded to one space in lit's templates, expressions and other strings untouched.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { minifyHtmlPlugin, minifyHtmlTemplates } from '../../scripts/minify-html-plugin.mjs';

const fold = (code, id = '/repo/src/a.ts') => minifyHtmlTemplates(code, id)?.code ?? null;

describe('the html`` minifier', () => {
  it('folds each run of white space holding a line break to one space', () => {
    const code = 'const t = html`\n  <p class="a">\n    ${x}\n  </p>\n`;';
    assert.equal(fold(code), 'const t = html` <p class="a"> ${x} </p> `;');
  });

  it('keeps white space without a line break as it is, and every expression, nested templates folded too', () => {
    const code = [
      'const t = html`<p>a  b ${cond ? html`\n    <b>${"x\\n  y"}</b>\n  ` : `\n  plain\n`}</p>`;',
      'const s = svg`<g>\n  <circle r="1"></circle>\n</g>`;',
    ].join('\n');
    assert.equal(
      fold(code),
      ['const t = html`<p>a  b ${cond ? html` <b>${"x\\n  y"}</b> ` : `\n  plain\n`}</p>`;', 'const s = svg`<g> <circle r="1"></circle> </g>`;'].join(
        '\n',
      ),
    );
  });

  it('leaves css`` and other tags, and templates holding <pre>, <textarea>, <script> or <style>, alone', () => {
    assert.equal(fold('const a = css`\n  :host {}\n`; const b = other`\n x`;'), null);
    assert.equal(fold('const a = html`<pre>\n  one\n  two</pre>`;'), null);
    assert.equal(fold('const a = html`<textarea>\n ${v}\n</textarea>`;'), null);
  });

  it('reads TypeScript, and places the text right after non-ASCII characters', () => {
    const code = 'const mark: string = "✓ — é";\nconst t = html`<li>\n  ${mark as string}\n</li>`;';
    assert.equal(fold(code), 'const mark: string = "✓ — é";\nconst t = html`<li> ${mark as string} </li>`;');
  });

  it('rewrites only TypeScript under src/, with a source map', () => {
    const plugin = minifyHtmlPlugin();
    const code = 'export const t = html`\n  <p></p>\n`;\n';
    assert.equal(plugin.transform(code, '/repo/scripts/a.ts'), null);
    const result = plugin.transform(code, '/repo/src/a.ts');
    assert.equal(result.code, 'export const t = html` <p></p> `;\n');
    assert.equal(result.map.sources[0], '/repo/src/a.ts');
  });
});
