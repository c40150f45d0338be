/**
 * The three browser engines the tests and scripts drive, in one place: where each is found (an
 * environment variable overrides the Debian path), the Debian packages that provide it, and the
 * flags it runs with (headless, as root, in a container without a GPU).
 *
 * `node scripts/browsers.mjs missing` prints one line per engine not found: its name, the
 * variable that overrides its path, and the Debian packages to install
 * (scripts/ensure-browsers.sh reads it).
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Debian's multiarch folder for this machine, where WebKitGTK keeps its MiniBrowser. */
const multiarch = { x64: 'x86_64-linux-gnu', arm64: 'aarch64-linux-gnu' }[process.arch] ?? `${process.arch}-linux-gnu`;

export const chromium = {
  name: 'chromium',
  path: process.env.CHROME_PATH || '/usr/bin/chromium',
  pathVariable: 'CHROME_PATH',
  packages: ['chromium', 'fonts-liberation'],
  flags: [
    '--headless=new',
    // Chromium refuses to run as root with its sandbox on.
    '--no-sandbox',
    '--disable-gpu',
    // Containers give /dev/shm 64 MB, too little for Chromium's renderers.
    '--disable-dev-shm-usage',
    // No traffic of its own: updates, sync, field trials, QUIC probes.
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-quic',
    '--no-first-run',
  ],
};

export const firefox = {
  name: 'firefox',
  path: process.env.FIREFOX_PATH || '/usr/bin/firefox-esr',
  pathVariable: 'FIREFOX_PATH',
  packages: ['firefox-esr'],
  /** Driven headless over WebDriver BiDi (puppeteer's `browser: 'firefox'`), which sets its own prefs. */
};

export const webkit = {
  name: 'webkit',
  /** WebKitGTK's WebDriver server; it starts the browser below for each session. */
  driverPath: process.env.WEBKIT_WEBDRIVER_PATH || '/usr/bin/WebKitWebDriver',
  path: process.env.WEBKIT_PATH || `/usr/lib/${multiarch}/webkit2gtk-4.1/MiniBrowser`,
  pathVariable: 'WEBKIT_PATH',
  args: ['--automation'],
  /** MiniBrowser needs a display even when nobody looks at it: a virtual one. */
  xvfbRunPath: process.env.XVFB_RUN_PATH || '/usr/bin/xvfb-run',
  packages: ['webkit2gtk-driver', 'xvfb'],
};

export const browsers = [chromium, firefox, webkit];

/** The files an engine needs that are not on this machine. */
export function missingFiles(browser) {
  const files = [browser.path, browser.driverPath, browser.xvfbRunPath].filter(Boolean);
  return files.filter((file) => !existsSync(file));
}

if (process.argv[1] === fileURLToPath(import.meta.url) && process.argv[2] === 'missing') {
  for (const browser of browsers) {
    if (missingFiles(browser).length > 0) {
      console.log([browser.name, browser.pathVariable, browser.packages.join(' ')].join('\t'));
    }
  }
}
