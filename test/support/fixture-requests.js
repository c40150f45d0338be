/**
 * Answers, with an empty 204, the requests that tests cause on purpose for things that do not
 * exist: images at made-up fixture paths, and the XSS payloads that tests put in `src` and `href`
 * (the page resolves them as relative URLs). A 204 is a failed image to the page, like a 404, but
 * the run does not list it as a missing file, and the static file server never sees a payload
 * (it would log "Malicious Path" with a stack trace). Any other missing file is still reported.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const imagePath = /\.(png|jpe?g|gif|webp|avif|svg)$/i;
/** The characters our files' URL paths are made of; a payload always has some other. */
const filePath = /^[\w\-./@~+]*$/;

export function fixtureRequests(rootDir) {
  return (context, next) => {
    const path = context.path;
    const payload = !filePath.test(path);
    const missingImage = imagePath.test(path) && !existsSync(join(rootDir, path));
    if (payload || missingImage) {
      context.status = 204;
      return undefined;
    }
    return next();
  };
}
