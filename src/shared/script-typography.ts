import { unsafeCSS } from 'lit';
import { elements } from '../elements.js';

let loading: Promise<string> | undefined;

/** The rules without their comments, which the server's HTML has no use for. */
const withoutComments = (rules: string) => rules.replace(/\/\*[\s\S]*?\*\//g, '');

/**
 * For a server rendering articles in a script without italic or case (Arabic, Hebrew, Chinese,
 * Japanese, Korean, Devanagari, Bengali, Thai…): awaited once before rendering, as `loadBlocks`,
 * it adds that typography to every element's styles, so the server's HTML carries it and nothing
 * moves when the page hydrates (a browser loads it as a chunk before an element's first render;
 * see `afterChunks`). Its rules are scoped by `:lang()`: an article in another language is drawn
 * as before. It resolves to the rules for slotted content in such a script, for the page's
 * `<head>` beside the elements' `lightStyles`.
 */
export const loadScriptTypography = (): Promise<string> =>
  (loading ??= import('./scripts.styles.js').then(({ scriptsShadowCss, scriptsLightCss }) => {
    const typography = unsafeCSS(withoutComments(scriptsShadowCss));
    for (const element of elements) element.elementStyles.push(typography);
    return withoutComments(scriptsLightCss);
  }));
