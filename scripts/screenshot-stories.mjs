/**
 * Screenshots of Storybook stories or docs pages from a static build (run `npm run
 * build-storybook` first). Usage: node scripts/screenshot-stories.mjs <id>[:dark] … ; ids are
 * in storybook-static/index.json (a docs page's id ends in `--docs`). PNGs go to screenshots/.
 */
import { mkdirSync } from 'node:fs';
import { launchChromium } from './chromium.mjs';
import { serveStatic } from './static-server.mjs';

const buildFolder = process.env.STORYBOOK_STATIC ?? 'storybook-static';
const { server, url } = await serveStatic(buildFolder);
const browser = await launchChromium();
mkdirSync('screenshots', { recursive: true });
try {
  for (const request of process.argv.slice(2)) {
    const [id, theme = 'light'] = request.split(':');
    const viewMode = id.endsWith('--docs') ? 'docs' : 'story';
    const page = await browser.newPage({
      viewport: { width: 1280, height: 900 },
      colorScheme: theme === 'dark' ? 'dark' : 'light',
    });
    await page.goto(`${url}/iframe.html?id=${id}&viewMode=${viewMode}&globals=theme:${theme}`, {
      waitUntil: 'networkidle',
    });
    await page.waitForTimeout(500);
    const file = `screenshots/story-${id}-${theme}.png`;
    await page.screenshot({ path: file, fullPage: true });
    console.log(file);
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}
