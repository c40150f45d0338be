/**
 * The first module the cold pages' clients evaluate (imports run in order): marks when the
 * client script starts, after it has been fetched and compiled. (The clients re-export it: the
 * package's `sideEffects` list would otherwise let the build drop a module nothing uses.)
 */
export const clientStarted = performance.mark('news-elements:client-start');
