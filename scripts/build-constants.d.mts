export declare const buildConstants: { __NEWS_ELEMENTS_VERSION__: string };
