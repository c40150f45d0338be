/**
 * Runs the test pages in WebKitGTK's MiniBrowser, driven by WebKitWebDriver (a W3C WebDriver
 * server) under a virtual display: a @web/test-runner `BrowserLauncher` with one window, so one
 * test file at a time.
 *
 * `getPage()` hands the commands of @web/test-runner-commands a puppeteer-shaped page: `sendKeys`
 * becomes WebDriver key actions (press, down and up alike); `emulateMedia` accepts only the
 * defaults (see media-emulation.js); `setViewport` resizes the window.
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { webkit } from '../../scripts/browsers.mjs';
import { defaultMediaOnly } from './media-emulation.js';

/** WebDriver's code points for the keys that are not characters (W3C WebDriver, "Keyboard actions"). */
const keyCodes = {
  Backspace: '\uE003',
  Tab: '\uE004',
  Enter: '\uE007',
  Shift: '\uE008',
  Control: '\uE009',
  Alt: '\uE00A',
  Escape: '\uE00C',
  Space: '\uE00D',
  PageUp: '\uE00E',
  PageDown: '\uE00F',
  End: '\uE010',
  Home: '\uE011',
  ArrowLeft: '\uE012',
  ArrowUp: '\uE013',
  ArrowRight: '\uE014',
  ArrowDown: '\uE015',
  Delete: '\uE017',
  Meta: '\uE03D',
};

const keyCode = (key) => keyCodes[key] ?? key;

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

class WebKitLauncher {
  name = 'WebKit';
  /** The commands of @web/test-runner-commands drive the page `getPage()` returns. */
  type = 'puppeteer';
  concurrency = 1;
  #driver;
  #driverExited;
  #base;
  #session;
  #starting;
  #activeSessions = new Map();
  #viewport = { width: 800, height: 600 };

  async #command(method, path, body) {
    const response = await fetch(`${this.#base}${path}`, {
      method,
      headers: { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const { value } = await response.json();
    if (!response.ok) throw new Error(`WebKitWebDriver ${method} ${path}: ${value?.error}: ${value?.message}`);
    return value;
  }

  #sessionCommand(method, path, body) {
    return this.#command(method, `/session/${this.#session}${path}`, body);
  }

  async #start() {
    const port = await freePort();
    // Its own process group, so stop() ends xvfb-run, the virtual display and the driver together.
    this.#driver = spawn(webkit.xvfbRunPath, ['-a', webkit.driverPath, `--port=${port}`], {
      detached: true,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let driverErrors = '';
    this.#driver.stderr.on('data', (chunk) => (driverErrors += chunk));
    this.#driverExited = new Promise((resolve) => this.#driver.once('exit', resolve));
    // Should the runner exit before stop() is done, the display and the driver go with it.
    process.once('exit', () => this.#endDriver());
    this.#base = `http://127.0.0.1:${port}`;
    for (let attempt = 0; ; attempt += 1) {
      if (this.#driver.exitCode !== null) {
        throw new Error(`WebKitWebDriver exited (${this.#driver.exitCode}): ${driverErrors.trim()}`);
      }
      try {
        if ((await this.#command('GET', '/status')).ready) break;
      } catch (error) {
        if (attempt > 300) {
          throw new Error(`WebKitWebDriver did not answer on port ${port}`, { cause: error });
        }
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const { sessionId } = await this.#command('POST', '/session', {
      capabilities: {
        alwaysMatch: { 'webkitgtk:browserOptions': { binary: webkit.path, args: webkit.args } },
      },
    });
    this.#session = sessionId;
    await this.setViewport(this.#viewport);
  }

  #ensureStarted() {
    this.#starting ??= this.#start();
    return this.#starting;
  }

  initialize() {}

  async startSession(sessionId, url) {
    await this.#ensureStarted();
    this.#activeSessions.set(sessionId, url);
    await this.#sessionCommand('POST', '/url', { url });
  }

  isActive(sessionId) {
    return this.#activeSessions.has(sessionId);
  }

  getBrowserUrl(sessionId) {
    return this.#activeSessions.get(sessionId);
  }

  async stopSession(sessionId) {
    this.#activeSessions.delete(sessionId);
    // Stops the page's timers and scripts before the next file.
    await this.#sessionCommand('POST', '/url', { url: 'about:blank' });
    return {};
  }

  startDebugSession() {
    throw new Error('WebKit runs headless under a virtual display here; debug in Chromium or Firefox.');
  }

  async stop() {
    if (!this.#driver) return;
    await this.#sessionCommand('DELETE', '').catch(() => {});
    this.#endDriver();
    await this.#driverExited;
  }

  #endDriver() {
    try {
      process.kill(-this.#driver.pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
  }

  async #keys(actions) {
    await this.#sessionCommand('POST', '/actions', { actions: [{ type: 'key', id: 'keyboard', actions }] });
  }

  /** Sizes the window so that the page, inside the toolbar and borders, gets `width` × `height`. */
  async setViewport({ width, height }) {
    this.#viewport = { width, height };
    const inner = () =>
      this.#sessionCommand('POST', '/execute/sync', { script: 'return [innerWidth, innerHeight]', args: [] });
    const outer = await this.#sessionCommand('POST', '/window/rect', { width, height });
    const [innerWidth, innerHeight] = await inner();
    await this.#sessionCommand('POST', '/window/rect', {
      width: outer.width + width - innerWidth,
      height: outer.height + height - innerHeight,
    });
  }

  getPage(sessionId) {
    if (!this.isActive(sessionId)) throw new Error(`No WebKit page for session ${sessionId}`);
    const key = (type, value) => ({ type, value: keyCode(value) });
    return {
      ...defaultMediaOnly('WebKitGTK over WebDriver'),
      keyboard: {
        press: (value) => this.#keys([key('keyDown', value), key('keyUp', value)]),
        down: (value) => this.#keys([key('keyDown', value)]),
        up: (value) => this.#keys([key('keyUp', value)]),
        type: (text) => this.#keys([...text].flatMap((char) => [key('keyDown', char), key('keyUp', char)])),
      },
      setViewport: (viewport) => this.setViewport(viewport),
    };
  }
}

export function webkitLauncher() {
  return new WebKitLauncher();
}
