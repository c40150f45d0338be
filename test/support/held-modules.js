/**
 * Modules that load slowly or not at all, for tests of the chunks loaded on demand. A test page
 * points a module at these paths with an import map (see test/support/host-frame.ts):
 *
 * - `/held/<key>/<path>` answers with the file at `<path>` only once `/release/<key>` has been
 *   requested (a chunk still on its way while the test changes the element's data); the files it
 *   imports by relative paths are under the same prefix and answered at once after the release.
 * - `/missing/<name>` answers 410 Gone (as a 404 would: a copy of the CDN file served without its chunks), without the
 *   run listing it as a file the tests forgot.
 */
const held = new Map();

function gate(key) {
  if (!held.has(key)) {
    let open;
    const opened = new Promise((resolve) => (open = resolve));
    held.set(key, { opened, open });
  }
  return held.get(key);
}

export function heldModules() {
  return async (context, next) => {
    const release = context.path.match(/^\/release\/([\w-]+)$/);
    if (release) {
      gate(release[1]).open();
      context.status = 204;
      return undefined;
    }
    if (context.path.startsWith('/missing/')) {
      context.status = 410;
      context.body = 'Not found';
      return undefined;
    }
    const hold = context.path.match(/^\/held\/([\w-]+)(\/.*)$/);
    if (hold) {
      await gate(hold[1]).opened;
      context.url = context.url.replace(`/held/${hold[1]}`, '');
    }
    return next();
  };
}
