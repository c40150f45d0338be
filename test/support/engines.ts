/**
 * The engine a test page runs in, for the few tests that need something one engine's automation
 * protocol lacks. Everything else runs the same in all three.
 */
export type Engine = 'chromium' | 'firefox' | 'webkit';

const { userAgent } = navigator;

export const engine: Engine = /Firefox\//.test(userAgent)
  ? 'firefox'
  : /AppleWebKit/.test(userAgent) && !/Chrome\//.test(userAgent)
    ? 'webkit'
    : 'chromium';

/**
 * `it` where `emulateMedia` can set a dark scheme, reduced motion or the print media type: Chromium
 * (over the DevTools protocol). Firefox is driven over WebDriver BiDi and WebKitGTK over WebDriver,
 * and neither protocol has media emulation, so there such a test is reported as skipped.
 */
export const itWithMediaEmulation = engine === 'chromium' ? it : it.skip;
