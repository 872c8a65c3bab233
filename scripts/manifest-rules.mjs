/**
 * What `custom-elements.json` must say, checked by the build
 * (scripts/check-manifest.mjs) so that a manifest which loses a documented
 * attribute, event or part, or leaks an internal, fails it. Pure functions
 * (no Node APIs), so tests run them on small inputs in the browser.
 *
 * "Documented" is the README: each `## \`<stride-…>\`` section's attribute
 * table, its `Parts:` line and the `stride-*` events it names, plus the
 * Theming table's tokens and defaults. `<stride-catalogue>` has no section of
 * its own; its attributes and events are the spec's ("The catalogue").
 */

/** The README's own words for what every element accepts and exposes. */
const EVERY_ELEMENT = { attributes: ['heading-level', 'theme'], parts: ['error'] };
const CATALOGUE_ELEMENT = {
  attributes: ['src', 'mode'],
  events: ['stride-catalogue-load', 'stride-catalogue-error'],
};
/** Names that are test hooks or implementation, never public API. */
const INTERNAL = ['now', 'bundled', 'loaded', 'loadTimer', 'STORAGE_PREFIX', 'define-call'];

const backticked = (text) => [...text.matchAll(/`([^`]+)`/g)].map((m) => m[1]);

/** `## \`<stride-x>\`` sections of the README, by tag, each up to the next `## ` heading. */
function elementSections(readme) {
  const sections = new Map();
  const parts = readme.split(/^## /m).slice(1);
  for (const part of parts) {
    const tag = /^`<(stride-[a-z-]+)>`/.exec(part)?.[1];
    if (tag) sections.set(tag, part);
  }
  return sections;
}

/**
 * @param {string} readme README.md
 * @returns {Map<string, { attributes: Set<string>, events: Set<string>, parts: Set<string> }>} by tag
 */
export function documentedApi(readme) {
  const api = new Map();
  for (const [tag, section] of elementSections(readme)) {
    // Code blocks hold examples, not documentation (and their fences would pair up backticks wrongly).
    const text = section.replace(/^```[\s\S]*?^```/gm, '');
    const attributes = new Set(EVERY_ELEMENT.attributes);
    const table = /^\| attribute \|.*\n\|[- |]+\|\n((?:\|.*\n?)*)/m.exec(text)?.[1] ?? '';
    for (const row of table.matchAll(/^\| *([^|]+)\|/gm)) {
      for (const name of backticked(row[1])) attributes.add(name);
    }
    const parts = new Set(EVERY_ELEMENT.parts);
    // The paragraph after `Parts:`, which may wrap over several lines.
    const partsLine = /^Parts: ([\s\S]*?)(?:\n\s*\n|(?![\s\S]))/m.exec(text)?.[1] ?? '';
    for (const name of backticked(partsLine)) parts.add(name);
    const events = new Set(backticked(text).filter((name) => /^stride-[a-z]+(-[a-z]+)*$/.test(name) && name !== tag));
    api.set(tag, { attributes, events, parts });
  }
  api.set('stride-catalogue', {
    attributes: new Set([...EVERY_ELEMENT.attributes, ...CATALOGUE_ELEMENT.attributes]),
    events: new Set(CATALOGUE_ELEMENT.events),
    parts: new Set(EVERY_ELEMENT.parts),
  });
  return api;
}

/**
 * The Theming table: token → its light default, as written (`1em`, `#212b32`).
 * A row naming several tokens (`--stride-color-emergency` / `-urgent` / …) pairs
 * them in order with the defaults in its last cell.
 */
export function documentedTokens(readme) {
  const theming = readme.split(/^## /m).find((part) => part.startsWith('Theming')) ?? '';
  const tokens = new Map();
  for (const row of theming.matchAll(/^\| *`(--stride-[^|]+)\|[^|]*\|([^|]*)\|/gm)) {
    const first = row[1].replace(/`/g, '').split('/')[0].trim();
    const names = backticked(`\`${row[1]}`).map((n) => (n.startsWith('--') ? n : first.replace(/-[a-z]+$/, '') + n));
    const defaults = backticked(row[2]);
    names.forEach((name, i) => tokens.set(name, defaults[i] ?? 'inherit'));
  }
  return tokens;
}

/** The light defaults in `src/styles/tokens.styles.ts`: `'color-text': '#212b32'` and `var(--stride-radius, 0.25em)`. */
export function sourceTokens(tokensSource) {
  const tokens = new Map();
  const light = /const light = \{([\s\S]*?)\};/.exec(tokensSource)?.[1] ?? '';
  for (const [, name, value] of light.matchAll(/'([a-z-]+)': '([^']+)'/g)) tokens.set(`--stride-${name}`, value);
  for (const [, name, value] of tokensSource.matchAll(/var\((--stride-[a-z-]+), ([^)]+)\)/g)) tokens.set(name, value);
  return tokens;
}

/**
 * Every problem with the manifest, one line each; none means it is right.
 * @param {any} manifest custom-elements.json
 * @param {ReturnType<typeof documentedApi>} documented
 * @param {Map<string, string>} tokens token → light default (the README's, or the source's)
 */
export function manifestProblems(manifest, documented, tokens) {
  const problems = [];
  const elements = new Map();
  for (const mod of manifest.modules ?? []) {
    if (!/^dist\/[\w-]+\.js$/.test(mod.path)) problems.push(`module ${mod.path}: not a shipped dist/*.js entry`);
    for (const exp of mod.exports ?? []) {
      if (exp.kind === 'custom-element-definition' && exp.declaration?.module !== mod.path) {
        problems.push(`${mod.path}: the definition of <${exp.name}> points at ${exp.declaration?.module}`);
      }
      if (INTERNAL.includes(exp.name)) problems.push(`${mod.path}: exports the internal ${exp.name}`);
    }
    for (const decl of mod.declarations ?? []) {
      if (decl.customElement && decl.tagName) elements.set(decl.tagName, { decl, mod });
    }
  }
  for (const [tag, api] of documented) {
    const found = elements.get(tag);
    if (!found) {
      problems.push(`<${tag}>: missing from the manifest`);
      continue;
    }
    const { decl, mod } = found;
    if (!mod.exports?.some((e) => e.kind === 'custom-element-definition' && e.name === tag)) {
      problems.push(`<${tag}>: no custom-element-definition export`);
    }
    const attributes = new Map((decl.attributes ?? []).map((a) => [a.name, a]));
    for (const name of api.attributes) {
      const attribute = attributes.get(name);
      if (!attribute) problems.push(`<${tag}>: attribute ${name} is documented but missing`);
      else if (!attribute.type?.text) problems.push(`<${tag}>: attribute ${name} has no type`);
    }
    const events = new Map((decl.events ?? []).map((e) => [e.name, e]));
    for (const name of api.events) {
      const event = events.get(name);
      if (!event) problems.push(`<${tag}>: event ${name} is documented but missing`);
      else if (!/^CustomEvent<.+>$/.test(event.type?.text ?? '')) {
        problems.push(`<${tag}>: event ${name} has no CustomEvent<…> type`);
      }
    }
    for (const event of events.keys()) {
      if (!api.events.has(event)) problems.push(`<${tag}>: event ${event} is not documented`);
    }
    const parts = new Set((decl.cssParts ?? []).map((p) => p.name));
    for (const name of api.parts) if (!parts.has(name)) problems.push(`<${tag}>: part ${name} is documented but missing`);
    const properties = new Map((decl.cssProperties ?? []).map((p) => [p.name, p]));
    for (const [name, value] of tokens) {
      const property = properties.get(name);
      if (!property) problems.push(`<${tag}>: CSS property ${name} is missing`);
      else if (property.default !== value) {
        problems.push(`<${tag}>: CSS property ${name} defaults to ${property.default}, not ${value}`);
      }
    }
    for (const member of decl.members ?? []) {
      if (INTERNAL.includes(member.name)) problems.push(`<${tag}>: the internal ${member.name} is listed`);
      if (member.privacy && member.privacy !== 'public') problems.push(`<${tag}>: the ${member.privacy} ${member.name} is listed`);
    }
    if (decl.attributes?.find((a) => a.name === 'theme')?.type?.text.replace(/\s/g, '') !== "'light'|'dark'|undefined") {
      problems.push(`<${tag}>: attribute theme is not typed 'light' | 'dark'`);
    }
  }
  for (const tag of elements.keys()) if (!documented.has(tag)) problems.push(`<${tag}>: in the manifest but not documented`);
  return problems;
}
