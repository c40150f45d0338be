/** Replaced at build time by the version in package.json (scripts/build-constants.mjs). */
declare const __NEWS_ELEMENTS_VERSION__: string;

/** The package version; a test keeps it equal to package.json's. */
export const version: string = __NEWS_ELEMENTS_VERSION__;
