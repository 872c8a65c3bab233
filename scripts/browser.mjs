// Launch helpers for the three engines the tests run in, always Debian's own
// browsers (never a downloaded one): Chromium through playwright-core (or the
// web-test-runner chrome launcher with CHROMIUM_ARGS), Firefox ESR through
// puppeteer, and WebKitGTK's MiniBrowser through WebKitWebDriver under Xvfb.
//
// Media preferences: only Chromium can emulate them per page (CDP). Firefox
// and WebKit get them at launch, so a test that needs dark or reduced motion
// runs in a browser launched with that preference (see MEDIA_PRESETS).
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const CHROMIUM_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';
export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const WEBKIT_DRIVER_PATH = process.env.WEBKIT_DRIVER_PATH ?? '/usr/bin/WebKitWebDriver';
export const MINIBROWSER_PATH =
  process.env.MINIBROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * The media preferences a browser can be launched with; the default launch is
 * light and full-motion, whatever the machine's own settings are.
 * @typedef {{ colorScheme?: 'light' | 'dark', reducedMotion?: 'no-preference' | 'reduce' }} Media
 */
export const MEDIA_PRESETS = {
  default: {},
  dark: { colorScheme: 'dark' },
  'reduced-motion': { reducedMotion: 'reduce' },
};

export function launchChromium() {
  return import('playwright-core').then(({ chromium }) =>
    chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS }),
  );
}

/**
 * Firefox preferences that fix the page's media features at launch. Both are
 * always set, so the default launch is light and full-motion whatever the
 * machine's theme is.
 * @param {Media} [media]
 */
export function firefoxPrefs({ colorScheme = 'light', reducedMotion = 'no-preference' } = {}) {
  return {
    // What pages see: 0 dark, 1 light (2 would follow the system, 3 Firefox's theme).
    'layout.css.prefers-color-scheme.content-override': colorScheme === 'dark' ? 0 : 1,
    'ui.systemUsesDarkTheme': colorScheme === 'dark' ? 1 : 0,
    'ui.prefersReducedMotion': reducedMotion === 'reduce' ? 1 : 0,
  };
}

/**
 * puppeteer launch options for headless Firefox ESR with the given media
 * preferences (for `@web/test-runner-puppeteer` or `puppeteer.launch`).
 * @param {Media} [media]
 */
export function firefoxLaunchOptions(media) {
  return {
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    extraPrefsFirefox: firefoxPrefs(media),
  };
}

/**
 * Headless Firefox ESR through puppeteer (WebDriver BiDi). Note its keyboard
 * has no "Space" key name (press ' ') and it cannot emulate media features.
 * @param {Media} [media]
 */
export async function launchFirefox(media) {
  const { default: puppeteer } = await import('puppeteer-core');
  return puppeteer.launch(firefoxLaunchOptions(media));
}

/**
 * WebDriver capabilities for WebKitGTK's MiniBrowser (for webdriverio's
 * `remote({ hostname: '127.0.0.1', port, capabilities })` or
 * `@web/test-runner-webdriver`), against a driver from startWebKitDriver()
 * given the same `media`. MiniBrowser's window is at least 447 px wide.
 * @param {Media} [media]
 */
export function webkitCapabilities({ colorScheme = 'light' } = {}) {
  // A dark GTK setting in settings.ini does not reach prefers-color-scheme in
  // WebKitGTK 2.50 (measured); MiniBrowser's own --dark-mode does.
  const args = colorScheme === 'dark' ? ['--automation', '--dark-mode'] : ['--automation'];
  return {
    browserName: 'MiniBrowser',
    'wdio:enforceWebDriverClassic': true,
    'webkitgtk:browserOptions': { binary: MINIBROWSER_PATH, args },
  };
}

/** A TCP port nobody listens on right now. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Resolves once `url` answers over HTTP, or rejects after `ms`. */
async function waitForHttp(url, ms, exited) {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (exited()) throw new Error(`${url}: the process exited before it answered`);
    try {
      await fetch(url);
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error(`${url} did not answer within ${ms} ms`);
}

/** Starts `Xvfb` on a display it picks itself (-displayfd: no race with other runs). */
function startXvfb() {
  const xvfb = spawn('Xvfb', ['-displayfd', '3', '-nolisten', 'tcp', '-screen', '0', '1280x1024x24'], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  xvfb.stderr.on('data', (d) => (stderr += d));
  return new Promise((resolve, reject) => {
    let out = '';
    xvfb.stdio[3].on('data', (d) => {
      out += d;
      if (out.includes('\n')) resolve({ process: xvfb, display: `:${out.trim()}` });
    });
    xvfb.once('error', reject);
    xvfb.once('exit', (code) => reject(new Error(`Xvfb exited (${code}): ${stderr.trim()}`)));
  });
}

/** Stops a child process: SIGTERM, then SIGKILL if it is still there after 3 s. */
function stopProcess(child) {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/**
 * Starts a private Xvfb and a WebKitWebDriver on a free port. Its GTK
 * settings (XDG_CONFIG_HOME) give MiniBrowser `prefers-reduced-motion` as
 * asked (WebKitGTK reads it from gtk-enable-animations) and a light theme;
 * for dark, open the session with webkitCapabilities({ colorScheme: 'dark' }).
 * Call `stop()` when done; it also runs if this process exits first.
 * @param {Media} [media]
 * @returns {Promise<{ port: number, display: string, stop: () => Promise<void> }>}
 */
export async function startWebKitDriver({ reducedMotion = 'no-preference' } = {}) {
  const home = mkdtempSync(join(tmpdir(), 'stride-webkit-'));
  mkdirSync(join(home, 'gtk-3.0'));
  mkdirSync(join(home, 'cache'));
  writeFileSync(
    join(home, 'gtk-3.0', 'settings.ini'),
    '[Settings]\n' +
      'gtk-application-prefer-dark-theme=false\n' +
      `gtk-enable-animations=${reducedMotion !== 'reduce'}\n`,
  );
  const xvfb = await startXvfb();
  const port = await freePort();
  const driver = spawn(WEBKIT_DRIVER_PATH, [`--port=${port}`], {
    env: { ...process.env, DISPLAY: xvfb.display, XDG_CONFIG_HOME: home, XDG_CACHE_HOME: join(home, 'cache') },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  // Its log is noise (GL, GStreamer) unless it fails to start: keep the tail for that message.
  let log = '';
  driver.stderr.on('data', (d) => (log = (log + d).slice(-2000)));
  // If this process ends without calling stop(), take the children with it.
  const onExit = () => {
    driver.kill('SIGKILL');
    xvfb.process.kill('SIGKILL');
  };
  process.once('exit', onExit);
  const stop = async () => {
    process.off('exit', onExit);
    await stopProcess(driver);
    await stopProcess(xvfb.process);
    rmSync(home, { recursive: true, force: true });
  };
  try {
    await waitForHttp(`http://127.0.0.1:${port}/status`, 15000, () => driver.exitCode !== null);
  } catch (error) {
    await stop();
    throw new Error(`WebKitWebDriver did not start: ${error.message}\n${log}`, { cause: error });
  }
  return { port, display: xvfb.display, stop };
}

/**
 * MiniBrowser through WebKitWebDriver (webdriverio, WebDriver classic) with
 * the given media preferences. `close()` ends the session, the driver and Xvfb.
 * @param {Media} [media]
 */
export async function launchWebKit(media) {
  const driver = await startWebKitDriver(media);
  try {
    const { remote } = await import('webdriverio');
    const browser = await remote({
      hostname: '127.0.0.1',
      port: driver.port,
      capabilities: webkitCapabilities(media),
      logLevel: 'error',
    });
    const close = async () => {
      await browser.deleteSession().catch(() => {});
      await driver.stop();
    };
    return { browser, close };
  } catch (error) {
    await driver.stop();
    throw error;
  }
}
