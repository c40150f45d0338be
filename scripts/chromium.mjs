/**
 * The one Chromium every script and Node test drives, with the flags the browser tests use:
 * both come from scripts/browsers.mjs (`$CHROME_PATH`, else Debian's /usr/bin/chromium, which
 * scripts/ensure-browsers.sh installs).
 */
import { chromium } from 'playwright-core';
import { chromium as browser } from './browsers.mjs';

export const chromiumPath = browser.path;

export const chromiumFlags = browser.flags;

/** Launches it; `extraFlags` are added to the usual ones, `extraEnv` to this process's environment. */
export function launchChromium(extraFlags = [], extraEnv = {}) {
  return chromium.launch({
    executablePath: chromiumPath,
    args: [...chromiumFlags, ...extraFlags],
    env: { ...process.env, ...extraEnv },
  });
}
