/**
 * Runs the test pages in Firefox, driven over WebDriver BiDi by the puppeteer-core that
 * @web/test-runner-chrome carries. BiDi has no media emulation: `emulateMedia` accepts only the
 * defaults (see media-emulation.js).
 */
import { ChromeLauncher, puppeteerCore } from '@web/test-runner-chrome';
import { firefox } from '../../scripts/browsers.mjs';
import { defaultMediaOnly } from './media-emulation.js';

class FirefoxLauncher extends ChromeLauncher {
  getPage(sessionId) {
    const page = super.getPage(sessionId);
    const media = defaultMediaOnly('Firefox over WebDriver BiDi');
    return new Proxy(page, {
      get(target, property) {
        if (property in media) return media[property];
        const value = Reflect.get(target, property);
        // The page's methods use its private fields: they must run on the page, not the proxy.
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
  }
}

export function firefoxLauncher() {
  return new FirefoxLauncher(
    { browser: 'firefox', executablePath: firefox.path, headless: true },
    ({ browser }) => browser.defaultBrowserContext(),
    ({ context }) => context.newPage(),
    puppeteerCore,
  );
}
