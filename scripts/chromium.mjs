/**
 * The one Chromium every script and Node test drives: `$CHROME_PATH`, else Debian's
 * /usr/bin/chromium (scripts/ensure-chromium.sh installs it), headless, with the flags that let it
 * run as root in a container without a GPU.
 */
import { chromium } from 'playwright-core';

export const chromiumPath = process.env.CHROME_PATH || '/usr/bin/chromium';

export const chromiumFlags = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
];

/** Launches it; `extraFlags` are added to the usual ones. */
export function launchChromium(extraFlags = []) {
  return chromium.launch({ executablePath: chromiumPath, args: [...chromiumFlags, ...extraFlags] });
}
