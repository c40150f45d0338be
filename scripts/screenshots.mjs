/**
 * Screenshots of the demo pages (run `npm run build` first): each page at 1280 and 375 px wide,
 * light and dark, into screenshots/. Usage: node scripts/screenshots.mjs [page …]
 */
import { mkdirSync } from 'node:fs';
import { launchChromium } from './chromium.mjs';
import { serveStatic } from './static-server.mjs';

const pages = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['demo/index.html', 'demo/slotted.html'];
const { server, url } = await serveStatic(process.cwd());
const browser = await launchChromium();
mkdirSync('screenshots', { recursive: true });
try {
  for (const page of pages) {
    for (const width of [1280, 375]) {
      for (const colorScheme of ['light', 'dark']) {
        const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme });
        const tab = await context.newPage();
        tab.on('console', (message) =>
          console.log(`[${page} ${width} ${colorScheme}] ${message.type()}: ${message.text()}`),
        );
        tab.on('pageerror', (error) => console.log(`[${page}] page error: ${error.message}`));
        await tab.goto(`${url}/${page}`, { waitUntil: 'networkidle' });
        await tab.waitForFunction(() => customElements.get('news-article') !== undefined);
        await tab.waitForTimeout(200);
        const name = `screenshots/${page.replace(/[/.]/g, '-')}-${width}-${colorScheme}.png`;
        await tab.screenshot({ path: name, fullPage: true });
        console.log(name);
        await context.close();
      }
    }
  }
} finally {
  await browser.close();
  server.close();
}
