// The build's css`` minifier (scripts/minify-css-plugin.mjs): Lightning CSS
// with the template's interpolations kept, and a source map.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { minifyCssPlugin, minifyCssTemplate } from '../../scripts/minify-css-plugin.mjs';

describe('the css`` minifier', () => {
  it('keeps strings whole: semicolons, braces, comment marks and spaces inside quotes survive', () => {
    const out = minifyCssTemplate(`
      .a::before {
        content: 'one; two { three } /* four */';
      }
      .b::after { content: "▸  x" / ''; }
    `);
    assert.match(out, /content:"one; two \{ three \} \/\* four \*\/"/);
    assert.match(out, /content:"▸ {2}x" \/ ""/);
  });

  it('removes comments and whitespace', () => {
    assert.equal(minifyCssTemplate('  :host {\n  /* why */\n  display : block ;\n}\n'), ':host{display:block}');
  });

  it('keeps ${…} interpolations, in place', () => {
    const out = minifyCssTemplate(
      ":host { --_a: 1px; ${declarations(light, 6)} color-scheme: light; }\n:host([theme='dark']) { ${declarations(dark, 12)} }",
    );
    assert.match(out, /^:host\{--_a:1px;\$\{declarations\(light, 6\)\};color-scheme:light\}/);
    assert.match(out, /\$\{declarations\(dark, 12\)\}\}$/);
  });

  it('fails the build on CSS it cannot parse, naming the file', () => {
    assert.throws(() => minifyCssTemplate('.a { color: red; } }', 'x.styles.ts'), /^Error: x\.styles\.ts: /);
  });

  it('rewrites only *.styles.ts under src/, with a source map', () => {
    const plugin = minifyCssPlugin();
    const code = "import { css } from 'lit';\nexport const s = css`\n  :host {\n    display: block;\n  }\n`;\n";
    assert.equal(plugin.transform(code, '/repo/src/other.ts'), null);
    const result = plugin.transform(code, '/repo/src/a.styles.ts');
    assert.equal(result.code, "import { css } from 'lit';\nexport const s = css`:host{display:block}`;\n");
    assert.equal(result.map.sources[0], '/repo/src/a.styles.ts');
    assert.ok(result.map.mappings.length > 0);
  });
});
