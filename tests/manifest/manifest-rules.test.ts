/**
 * The rules the build applies to `custom-elements.json`
 * (`scripts/manifest-rules.mjs`), on a small README and manifest written
 * here: a right manifest passes, and each way of losing or leaking API fails.
 */
import { expect } from '@open-wc/testing';
import { documentedApi, documentedTokens, manifestProblems, sourceTokens } from '../../scripts/manifest-rules.mjs';

const README = `
# A library

## \`<stride-demo>\`

\`\`\`html
<stride-demo kind="a"></stride-demo>
<!-- \`not-an-attribute\` -->
\`\`\`

| attribute | values | default |
| --- | --- | --- |
| \`kind\` | a kind | — |
| \`heading-level\`, \`theme\` | as for every widget | 3 |

| level | shown as |
| --- | --- |
| \`emergency\` | not an attribute: another table |

Event \`stride-demo-change\`, \`detail: { value }\`.

Parts: \`card\`,
\`heading\`.

## Theming

| token | used for | light default |
| --- | --- | --- |
| \`--stride-color-text\` | text | \`#212b32\` |
| \`--stride-color-emergency\` / \`-self-care\` | levels | \`#d5281b\` / \`#007f3b\` |
| \`--stride-font-family\` | font | the page's font (inherited) |
`;

const tokens = new Map([
  ['--stride-color-text', '#212b32'],
  ['--stride-font-family', 'inherit'],
]);

/** A manifest that says everything the README above documents (and the spec's `<stride-catalogue>`). */
function rightManifest() {
  const element = (tag: string, name: string, attributes: string[], events: string[], parts: string[]) => ({
    kind: 'javascript-module',
    path: `dist/${tag.replace('stride-', '')}.js`,
    declarations: [
      {
        kind: 'class',
        name,
        customElement: true,
        tagName: tag,
        attributes: attributes.map((n) => ({
          name: n,
          type: { text: n === 'theme' ? "'light' | 'dark' | undefined" : 'string | null' },
        })),
        events: events.map((n) => ({ name: n, type: { text: 'CustomEvent<Detail>' } })),
        cssParts: parts.map((n) => ({ name: n })),
        cssProperties: [...tokens].map(([n, d]) => ({ name: n, default: d })),
        members: [{ kind: 'field', name: 'kind', privacy: 'public' }],
      },
    ],
    exports: [
      { kind: 'js', name, declaration: { name, module: `dist/${tag.replace('stride-', '')}.js` } },
      { kind: 'custom-element-definition', name: tag, declaration: { name, module: `dist/${tag.replace('stride-', '')}.js` } },
    ],
  });
  return {
    schemaVersion: '1.0.0',
    modules: [
      element('stride-demo', 'StrideDemo', ['kind', 'heading-level', 'theme'], ['stride-demo-change'], ['card', 'heading', 'error']),
      element(
        'stride-catalogue',
        'StrideCatalogue',
        ['src', 'mode', 'heading-level', 'theme'],
        ['stride-catalogue-load', 'stride-catalogue-error'],
        ['error'],
      ),
    ],
  };
}

const demo = (manifest: ReturnType<typeof rightManifest>) => manifest.modules[0].declarations[0];
const problemsOf = (manifest: unknown) => manifestProblems(manifest, documentedApi(README), tokens);

describe('manifest rules', () => {
  it('read the documented attributes, events and parts of each element from the README', () => {
    const api = documentedApi(README).get('stride-demo')!;
    expect([...api.attributes].sort()).to.deep.equal(['heading-level', 'kind', 'theme']);
    expect([...api.events]).to.deep.equal(['stride-demo-change']);
    expect([...api.parts].sort()).to.deep.equal(['card', 'error', 'heading']);
  });

  it('read the theming tokens and their defaults, and the source tokens', () => {
    expect([...documentedTokens(README)]).to.deep.equal([
      ['--stride-color-text', '#212b32'],
      ['--stride-color-emergency', '#d5281b'],
      ['--stride-color-self-care', '#007f3b'],
      ['--stride-font-family', 'inherit'],
    ]);
    const source = "const light = {\n  'color-text': '#212b32',\n};\n--_font: var(--stride-font-family, inherit);";
    expect([...sourceTokens(source)]).to.deep.equal([
      ['--stride-color-text', '#212b32'],
      ['--stride-font-family', 'inherit'],
    ]);
  });

  it('pass a manifest that says everything documented', () => {
    expect(problemsOf(rightManifest())).to.deep.equal([]);
  });

  it('fail a lost attribute, event or part', () => {
    const manifest = rightManifest();
    demo(manifest).attributes = demo(manifest).attributes.filter((a) => a.name !== 'kind');
    demo(manifest).events = [];
    demo(manifest).cssParts = demo(manifest).cssParts.filter((p) => p.name !== 'heading');
    expect(problemsOf(manifest)).to.deep.equal([
      '<stride-demo>: attribute kind is documented but missing',
      '<stride-demo>: event stride-demo-change is documented but missing',
      '<stride-demo>: part heading is documented but missing',
    ]);
  });

  it('fail untyped attributes and events, and a theme wider than light or dark', () => {
    const manifest = rightManifest();
    demo(manifest).attributes[0].type = undefined as never;
    demo(manifest).attributes[2].type = { text: 'string' };
    demo(manifest).events[0].type = { text: 'Event' };
    expect(problemsOf(manifest)).to.deep.equal([
      '<stride-demo>: attribute kind has no type',
      '<stride-demo>: event stride-demo-change has no CustomEvent<…> type',
      "<stride-demo>: attribute theme is not typed 'light' | 'dark'",
    ]);
  });

  it('fail internals, private members, source paths and a wrong token default', () => {
    const manifest = rightManifest();
    demo(manifest).members.push({ kind: 'field', name: 'now', privacy: 'public' });
    demo(manifest).members.push({ kind: 'field', name: 'ticked', privacy: 'private' });
    demo(manifest).cssProperties[0].default = '#000000';
    manifest.modules[1].path = 'src/components/catalogue/catalogue.component.ts';
    expect(problemsOf(manifest)).to.deep.equal([
      'module src/components/catalogue/catalogue.component.ts: not a shipped dist/*.js entry',
      'src/components/catalogue/catalogue.component.ts: the definition of <stride-catalogue> points at dist/catalogue.js',
      '<stride-demo>: CSS property --stride-color-text defaults to #000000, not #212b32',
      '<stride-demo>: the internal now is listed',
      '<stride-demo>: the private ticked is listed',
    ]);
  });

  it('fail an element that is missing, or undocumented', () => {
    const manifest = rightManifest();
    manifest.modules[0].declarations[0].tagName = 'stride-other';
    expect(problemsOf(manifest)).to.deep.equal([
      '<stride-demo>: missing from the manifest',
      '<stride-other>: in the manifest but not documented',
    ]);
  });
});
