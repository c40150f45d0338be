/**
 * For engines whose automation protocol cannot emulate media (Firefox over WebDriver BiDi,
 * WebKitGTK's WebDriver): `emulateMedia` from @web/test-runner-commands may still ask for what
 * the page already has (screen, a light scheme, no motion preference: every engine's default,
 * which nothing here ever changes), as tests' clean-up hooks do; anything else fails with the
 * reason, so a test that needs it says in code which engines it runs in.
 */
const defaults = { 'prefers-color-scheme': 'light', 'prefers-reduced-motion': 'no-preference' };

export function defaultMediaOnly(engine) {
  const refuse = (what) => {
    throw new Error(`${engine} cannot emulate ${what}: its automation protocol has no media emulation.`);
  };
  return {
    async emulateMediaFeatures(features = []) {
      for (const { name, value } of features) {
        if (defaults[name] !== value) refuse(`${name}: ${value}`);
      }
    },
    async emulateMediaType(type) {
      if (type && type !== 'screen') refuse(`the ${type} media type`);
    },
  };
}
