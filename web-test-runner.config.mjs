// Component and logic tests in Debian's headless Chromium (never a downloaded browser).
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { CHROMIUM_ARGS } from './scripts/browser.mjs';

const tsconfig = fileURLToPath(new URL('./tsconfig.json', import.meta.url));

export default {
  files: ['tests/**/*.test.ts'],
  nodeResolve: true,
  // The tsconfig path must be given: the plugin does not follow `extends`,
  // and it carries the legacy-decorator settings Chromium needs.
  plugins: [esbuildPlugin({ ts: true, json: true, target: 'es2022', tsconfig })],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
        headless: true,
        args: CHROMIUM_ARGS,
      },
    }),
  ],
  // One test file at a time: Chromium gives animation frames only to the
  // focused tab, and fixtures and timer tests wait for them.
  concurrency: 1,
  // Lit's development build says so once per test file; everything else the browser logs is shown.
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  testFramework: { config: { timeout: 10000 } },
  coverageConfig: {
    include: ['src/**/*.ts'],
    threshold: { statements: 90, branches: 80, functions: 90, lines: 90 },
  },
};
