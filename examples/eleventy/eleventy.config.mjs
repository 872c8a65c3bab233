// Eleventy pre-renders the Stride widgets at build time: a transform passes
// every HTML page through `renderHTML` from `stride-widgets/ssr`, so the built
// pages carry each widget's content (read without JavaScript, painted with
// the text), and the script at the end of <body> only hydrates them.
import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderHTML } from 'stride-widgets/ssr';

// The clinic's own content, merged into the bundled catalogue. The built pages
// carry it inline, so the browser hydrates with the same content.
const clinic = JSON.parse(await readFile(new URL('./clinic.json', import.meta.url), 'utf8'));

export default function (eleventyConfig) {
  eleventyConfig.addTransform('stride-widgets', async function (content) {
    if (!this.page.outputPath?.endsWith('.html')) return content;
    return renderHTML(content, { catalogue: clinic });
  });

  // The script that hydrates the widgets, copied from the installed package.
  const script = fileURLToPath(import.meta.resolve('stride-widgets/iife'));
  eleventyConfig.addPassthroughCopy({ [relative(process.cwd(), script)]: 'stride-widgets.iife.js' });
}

export const config = {
  dir: { input: 'src', output: 'dist' },
};
