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
 * `it` for a test that needs `emulateMedia` (a dark scheme, reduced motion, the print media type):
 * Chromium has it over the DevTools protocol; Firefox is driven over WebDriver BiDi and WebKitGTK
 * over WebDriver, and neither protocol can emulate media. The CSS under test is the same file in
 * every engine, so such a test exists in the Chromium run only rather than being reported as
 * skipped in the other two.
 */
export const itWithMediaEmulation: typeof it =
  engine === 'chromium' ? it : (Object.assign(() => undefined, it) as typeof it);
