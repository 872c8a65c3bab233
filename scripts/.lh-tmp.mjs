import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './browser.mjs';
import { startServer } from './serve.mjs';
const run = promisify(execFile);
const server = await startServer(0);
const origin = `http://127.0.0.1:${server.address().port}`;
const [,, name, n = 5] = process.argv;
const out = [];
for (let i = 0; i < n; i++) {
  const flags = ['--headless=new', ...CHROMIUM_ARGS].join(' ');
  const { stdout } = await run(process.execPath, ['node_modules/lighthouse/cli/index.js', `${origin}/dist/bench/${name}.html`, `--chrome-path=${CHROMIUM_PATH}`, `--chrome-flags=${flags}`, '--only-categories=performance', '--output=json', '--quiet'], { maxBuffer: 1 << 26 });
  const r = JSON.parse(stdout);
  const el = r.audits['largest-contentful-paint-element']?.details?.items?.[0]?.items?.[0]?.node?.snippet ?? '';
  out.push(Math.round(r.audits['largest-contentful-paint'].numericValue));
  console.log(name, Math.round(r.audits['largest-contentful-paint'].numericValue), el.slice(0, 100));
}
console.log(name, 'median', out.sort((a, b) => a - b)[Math.floor(out.length / 2)]);
server.close();
