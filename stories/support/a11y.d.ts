export declare const axeTags: string[];
