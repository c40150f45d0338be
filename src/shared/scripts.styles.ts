import { css } from './css-text.js';

/*
 * Typography for the scripts that have no italic and no case, whose letters must not be tracked,
 * with a stack of fonts for Arabic (ar, fa, ur, ps, sd, ckb, ug, ks), Hebrew (he, iw, yi),
 * Chinese (zh, zh-Hans; zh-Hant, zh-TW, zh-HK, zh-MO, yue), Japanese (ja), Korean (ko),
 * Devanagari (hi, mr, ne, sa, mai, kok), Bengali (bn, as) and Thai (th); the other languages
 * listed (Thaana, Syriac, N'Ko, the other Indic scripts, Lao, Khmer, Myanmar, Tibetan, Ethiopic,
 * Georgian) keep the Latin stack, the browser finding their script's font after it. Every rule is
 * scoped by `:lang()`, so a sheet adopted by a tree that holds content of another language changes
 * nothing there.
 *
 * - Fonts: each script's own stack (system fonts of Android, Apple platforms and Windows, each
 *   with a bold face) comes first, the Latin stack after it for Latin runs. A host's
 *   `--news-sys-font-*` still wins; a host's `--news-ref-font-*` (a Latin brand face, usually)
 *   follows the script's stack.
 * - Leading: taller, for the marks above and below the line (`--news-sys-line-height` still wins).
 * - No synthetic italic or bold (`font-synthesis: none`), no slant at all: emphasis, pull quotes
 *   and credits are set in bold instead.
 * - No letter-spacing (it breaks the joins of Arabic and the headstroke of Devanagari and
 *   Bengali) and no case transform: kickers and labels are told by weight, colour and size.
 */

/** In the elements' shadow roots. */
export const scriptsShadowCss = css`
  /*
   * The tokens of each script: on the host when the page gives the language, and on the wrapper
   * of <news-article>, which carries the article's own \`lang\`.
   */
  /* Where no stack of its own is given, the browser finds the script's font after the Latin stack. */
  :host(:is(:lang(ar), :lang(fa), :lang(ur), :lang(ps), :lang(sd), :lang(ckb), :lang(ug), :lang(ks), :lang(he), :lang(iw), :lang(yi), :lang(dv), :lang(syr), :lang(nqo), :lang(zh), :lang(yue), :lang(ja), :lang(ko), :lang(hi), :lang(mr), :lang(ne), :lang(sa), :lang(mai), :lang(kok), :lang(bho), :lang(bn), :lang(as), :lang(pa), :lang(gu), :lang(or), :lang(ta), :lang(te), :lang(kn), :lang(ml), :lang(si), :lang(th), :lang(lo), :lang(km), :lang(my), :lang(bo), :lang(dz), :lang(am), :lang(ti), :lang(ka))),
  .page:is(:lang(ar), :lang(fa), :lang(ur), :lang(ps), :lang(sd), :lang(ckb), :lang(ug), :lang(ks), :lang(he), :lang(iw), :lang(yi), :lang(dv), :lang(syr), :lang(nqo), :lang(zh), :lang(yue), :lang(ja), :lang(ko), :lang(hi), :lang(mr), :lang(ne), :lang(sa), :lang(mai), :lang(kok), :lang(bho), :lang(bn), :lang(as), :lang(pa), :lang(gu), :lang(or), :lang(ta), :lang(te), :lang(kn), :lang(ml), :lang(si), :lang(th), :lang(lo), :lang(km), :lang(my), :lang(bo), :lang(dz), :lang(am), :lang(ti), :lang(ka)) {
    --_script-serif: var(--_ref-font-serif);
    --_script-sans: var(--_ref-font-sans);
    --_script-leading: 1.85;
    --_script-leading-tight: 1.45;
  }
  :host(:is(:lang(ar), :lang(fa), :lang(ur), :lang(ps), :lang(sd), :lang(ckb), :lang(ug), :lang(ks))),
  .page:is(:lang(ar), :lang(fa), :lang(ur), :lang(ps), :lang(sd), :lang(ckb), :lang(ug), :lang(ks)) {
    --_script-serif: 'Noto Naskh Arabic', 'Geeza Pro', 'Segoe UI', Tahoma;
    --_script-sans: 'Noto Sans Arabic', 'Geeza Pro', 'Segoe UI', Tahoma;
    --_script-leading: 1.9;
    --_script-leading-tight: 1.5;
  }
  /* Urdu in Nastaliq, whose words slope down to the baseline and need more room still. */
  :host(:lang(ur)),
  .page:lang(ur) {
    --_script-serif: 'Noto Nastaliq Urdu', 'Jameel Noori Nastaleeq', 'Urdu Typesetting', 'Noto Naskh Arabic', 'Geeza Pro',
      'Segoe UI', Tahoma;
    --_script-leading: 2.2;
    --_script-leading-tight: 1.8;
  }
  :host(:is(:lang(he), :lang(iw), :lang(yi))),
  .page:is(:lang(he), :lang(iw), :lang(yi)) {
    --_script-serif: 'Noto Serif Hebrew', 'Frank Ruehl CLM', David, 'Times New Roman';
    --_script-sans: 'Noto Sans Hebrew', 'Arial Hebrew', 'Segoe UI', Arial;
    --_script-leading: 1.7;
    --_script-leading-tight: 1.25;
  }
  /* Chinese, simplified unless the tag says traditional; sans serif (hei) on screen. */
  :host(:lang(zh)),
  .page:lang(zh) {
    --_script-sans: 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Source Han Sans SC',
      'Noto Sans SC';
    --_script-serif: var(--_script-sans);
    --_script-leading: 1.8;
    --_script-leading-tight: 1.35;
  }
  :host(:is(:lang(zh-Hant), :lang(zh-TW), :lang(zh-HK), :lang(zh-MO), :lang(yue))),
  .page:is(:lang(zh-Hant), :lang(zh-TW), :lang(zh-HK), :lang(zh-MO), :lang(yue)) {
    --_script-sans: 'PingFang TC', 'Microsoft JhengHei', 'Noto Sans CJK TC', 'Source Han Sans TC', 'Noto Sans TC';
    --_script-serif: var(--_script-sans);
    --_script-leading: 1.8;
    --_script-leading-tight: 1.35;
  }
  :host(:lang(ja)),
  .page:lang(ja) {
    --_script-sans: 'Hiragino Sans', 'Hiragino Kaku Gothic ProN', 'Yu Gothic', YuGothic, Meiryo, 'Noto Sans CJK JP',
      'Source Han Sans JP', 'Noto Sans JP';
    --_script-serif: var(--_script-sans);
    --_script-leading: 1.8;
    --_script-leading-tight: 1.35;
  }
  :host(:lang(ko)),
  .page:lang(ko) {
    --_script-sans: 'Apple SD Gothic Neo', 'Malgun Gothic', 'Noto Sans CJK KR', 'Source Han Sans KR', 'Noto Sans KR';
    --_script-serif: var(--_script-sans);
    --_script-leading: 1.75;
    --_script-leading-tight: 1.35;
  }
  :host(:is(:lang(hi), :lang(mr), :lang(ne), :lang(sa), :lang(mai), :lang(kok))),
  .page:is(:lang(hi), :lang(mr), :lang(ne), :lang(sa), :lang(mai), :lang(kok)) {
    --_script-sans: 'Noto Sans Devanagari', 'Kohinoor Devanagari', 'Nirmala UI', Mangal;
    --_script-serif: 'Noto Serif Devanagari', var(--_script-sans);
    --_script-leading: 1.85;
    --_script-leading-tight: 1.45;
  }
  :host(:is(:lang(bn), :lang(as))),
  .page:is(:lang(bn), :lang(as)) {
    --_script-sans: 'Noto Sans Bengali', 'Kohinoor Bangla', 'Nirmala UI', Vrinda;
    --_script-serif: 'Noto Serif Bengali', var(--_script-sans);
    --_script-leading: 1.85;
    --_script-leading-tight: 1.45;
  }
  :host(:lang(th)),
  .page:lang(th) {
    --_script-sans: 'Noto Sans Thai', Thonburi, 'Leelawadee UI', Tahoma;
    --_script-serif: 'Noto Serif Thai', var(--_script-sans);
    --_script-leading: 1.85;
    --_script-leading-tight: 1.5;
  }

  /* The system tokens from the script's stacks; the article's headline font, set on its host, again. */
  :host(:is(:lang(ar), :lang(fa), :lang(ur), :lang(ps), :lang(sd), :lang(ckb), :lang(ug), :lang(ks), :lang(he), :lang(iw), :lang(yi), :lang(dv), :lang(syr), :lang(nqo), :lang(zh), :lang(yue), :lang(ja), :lang(ko), :lang(hi), :lang(mr), :lang(ne), :lang(sa), :lang(mai), :lang(kok), :lang(bho), :lang(bn), :lang(as), :lang(pa), :lang(gu), :lang(or), :lang(ta), :lang(te), :lang(kn), :lang(ml), :lang(si), :lang(th), :lang(lo), :lang(km), :lang(my), :lang(bo), :lang(dz), :lang(am), :lang(ti), :lang(ka))),
  .page:is(:lang(ar), :lang(fa), :lang(ur), :lang(ps), :lang(sd), :lang(ckb), :lang(ug), :lang(ks), :lang(he), :lang(iw), :lang(yi), :lang(dv), :lang(syr), :lang(nqo), :lang(zh), :lang(yue), :lang(ja), :lang(ko), :lang(hi), :lang(mr), :lang(ne), :lang(sa), :lang(mai), :lang(kok), :lang(bho), :lang(bn), :lang(as), :lang(pa), :lang(gu), :lang(or), :lang(ta), :lang(te), :lang(kn), :lang(ml), :lang(si), :lang(th), :lang(lo), :lang(km), :lang(my), :lang(bo), :lang(dz), :lang(am), :lang(ti), :lang(ka)) {
    --_sys-font-body: var(--news-sys-font-body, var(--_script-serif), var(--_ref-font-serif));
    --_sys-font-display: var(--news-sys-font-display, var(--_script-serif), var(--_ref-font-serif));
    --_sys-font-ui: var(--news-sys-font-ui, var(--_script-sans), var(--_ref-font-sans));
    --_sys-line-height: var(--news-sys-line-height, var(--_script-leading));
    --_article-headline-font: var(--news-article-headline-font, var(--_sys-font-display));
  }
  /* The wrapper of an article in one of these scripts on a page in another takes them at once. */
  .page:is(:lang(ar), :lang(fa), :lang(ur), :lang(ps), :lang(sd), :lang(ckb), :lang(ug), :lang(ks), :lang(he), :lang(iw), :lang(yi), :lang(dv), :lang(syr), :lang(nqo), :lang(zh), :lang(yue), :lang(ja), :lang(ko), :lang(hi), :lang(mr), :lang(ne), :lang(sa), :lang(mai), :lang(kok), :lang(bho), :lang(bn), :lang(as), :lang(pa), :lang(gu), :lang(or), :lang(ta), :lang(te), :lang(kn), :lang(ml), :lang(si), :lang(th), :lang(lo), :lang(km), :lang(my), :lang(bo), :lang(dz), :lang(am), :lang(ti), :lang(ka)) {
    font-family: var(--_sys-font-body);
    line-height: var(--_sys-line-height);
  }

  /*
   * The rules of the text. Each selector twice: by the element's own language, and inside a host
   * in the language, as Firefox gives shadow content no language from the host's ancestors.
   */
  :is(:lang(ar), :lang(fa), :lang(ur), :lang(ps), :lang(sd), :lang(ckb), :lang(ug), :lang(ks), :lang(he), :lang(iw), :lang(yi), :lang(dv), :lang(syr), :lang(nqo), :lang(zh), :lang(yue), :lang(ja), :lang(ko), :lang(hi), :lang(mr), :lang(ne), :lang(sa), :lang(mai), :lang(kok), :lang(bho), :lang(bn), :lang(as), :lang(pa), :lang(gu), :lang(or), :lang(ta), :lang(te), :lang(kn), :lang(ml), :lang(si), :lang(th), :lang(lo), :lang(km), :lang(my), :lang(bo), :lang(dz), :lang(am), :lang(ti), :lang(ka)),
  :host(:is(:lang(ar), :lang(fa), :lang(ur), :lang(ps), :lang(sd), :lang(ckb), :lang(ug), :lang(ks), :lang(he), :lang(iw), :lang(yi), :lang(dv), :lang(syr), :lang(nqo), :lang(zh), :lang(yue), :lang(ja), :lang(ko), :lang(hi), :lang(mr), :lang(ne), :lang(sa), :lang(mai), :lang(kok), :lang(bho), :lang(bn), :lang(as), :lang(pa), :lang(gu), :lang(or), :lang(ta), :lang(te), :lang(kn), :lang(ml), :lang(si), :lang(th), :lang(lo), :lang(km), :lang(my), :lang(bo), :lang(dz), :lang(am), :lang(ti), :lang(ka))) * {
    font-style: normal !important;
    font-synthesis: none;
    letter-spacing: normal !important;
    text-transform: none !important;
  }
  :is(em, i, .credit, .article-section .quote blockquote):is(:lang(ar), :lang(fa), :lang(ur), :lang(ps), :lang(sd), :lang(ckb), :lang(ug), :lang(ks), :lang(he), :lang(iw), :lang(yi), :lang(dv), :lang(syr), :lang(nqo), :lang(zh), :lang(yue), :lang(ja), :lang(ko), :lang(hi), :lang(mr), :lang(ne), :lang(sa), :lang(mai), :lang(kok), :lang(bho), :lang(bn), :lang(as), :lang(pa), :lang(gu), :lang(or), :lang(ta), :lang(te), :lang(kn), :lang(ml), :lang(si), :lang(th), :lang(lo), :lang(km), :lang(my), :lang(bo), :lang(dz), :lang(am), :lang(ti), :lang(ka)),
  :host(:is(:lang(ar), :lang(fa), :lang(ur), :lang(ps), :lang(sd), :lang(ckb), :lang(ug), :lang(ks), :lang(he), :lang(iw), :lang(yi), :lang(dv), :lang(syr), :lang(nqo), :lang(zh), :lang(yue), :lang(ja), :lang(ko), :lang(hi), :lang(mr), :lang(ne), :lang(sa), :lang(mai), :lang(kok), :lang(bho), :lang(bn), :lang(as), :lang(pa), :lang(gu), :lang(or), :lang(ta), :lang(te), :lang(kn), :lang(ml), :lang(si), :lang(th), :lang(lo), :lang(km), :lang(my), :lang(bo), :lang(dz), :lang(am), :lang(ti), :lang(ka))) :is(em, i, .credit, .article-section .quote blockquote) {
    font-weight: 700;
  }
  :is(h1.headline, .article-section .heading, .article-section .quote blockquote, .latest-news .headline):is(:lang(ar), :lang(fa), :lang(ur), :lang(ps), :lang(sd), :lang(ckb), :lang(ug), :lang(ks), :lang(he), :lang(iw), :lang(yi), :lang(dv), :lang(syr), :lang(nqo), :lang(zh), :lang(yue), :lang(ja), :lang(ko), :lang(hi), :lang(mr), :lang(ne), :lang(sa), :lang(mai), :lang(kok), :lang(bho), :lang(bn), :lang(as), :lang(pa), :lang(gu), :lang(or), :lang(ta), :lang(te), :lang(kn), :lang(ml), :lang(si), :lang(th), :lang(lo), :lang(km), :lang(my), :lang(bo), :lang(dz), :lang(am), :lang(ti), :lang(ka)),
  :host(:is(:lang(ar), :lang(fa), :lang(ur), :lang(ps), :lang(sd), :lang(ckb), :lang(ug), :lang(ks), :lang(he), :lang(iw), :lang(yi), :lang(dv), :lang(syr), :lang(nqo), :lang(zh), :lang(yue), :lang(ja), :lang(ko), :lang(hi), :lang(mr), :lang(ne), :lang(sa), :lang(mai), :lang(kok), :lang(bho), :lang(bn), :lang(as), :lang(pa), :lang(gu), :lang(or), :lang(ta), :lang(te), :lang(kn), :lang(ml), :lang(si), :lang(th), :lang(lo), :lang(km), :lang(my), :lang(bo), :lang(dz), :lang(am), :lang(ti), :lang(ka))) :is(h1.headline, .article-section .heading, .article-section .quote blockquote, .latest-news .headline) {
    line-height: var(--_script-leading-tight);
  }
  :is(.kicker, .label):is(:lang(ar), :lang(fa), :lang(ur), :lang(ps), :lang(sd), :lang(ckb), :lang(ug), :lang(ks), :lang(he), :lang(iw), :lang(yi), :lang(dv), :lang(syr), :lang(nqo), :lang(zh), :lang(yue), :lang(ja), :lang(ko), :lang(hi), :lang(mr), :lang(ne), :lang(sa), :lang(mai), :lang(kok), :lang(bho), :lang(bn), :lang(as), :lang(pa), :lang(gu), :lang(or), :lang(ta), :lang(te), :lang(kn), :lang(ml), :lang(si), :lang(th), :lang(lo), :lang(km), :lang(my), :lang(bo), :lang(dz), :lang(am), :lang(ti), :lang(ka)),
  :host(:is(:lang(ar), :lang(fa), :lang(ur), :lang(ps), :lang(sd), :lang(ckb), :lang(ug), :lang(ks), :lang(he), :lang(iw), :lang(yi), :lang(dv), :lang(syr), :lang(nqo), :lang(zh), :lang(yue), :lang(ja), :lang(ko), :lang(hi), :lang(mr), :lang(ne), :lang(sa), :lang(mai), :lang(kok), :lang(bho), :lang(bn), :lang(as), :lang(pa), :lang(gu), :lang(or), :lang(ta), :lang(te), :lang(kn), :lang(ml), :lang(si), :lang(th), :lang(lo), :lang(km), :lang(my), :lang(bo), :lang(dz), :lang(am), :lang(ti), :lang(ka))) :is(.kicker, .label) {
    font-size: 0.9em;
    line-height: var(--_script-leading-tight);
  }
`;

/** In the tree the elements live in, for their slotted content, in the `news-elements` layer. */
export const scriptsLightCss = css`
  @layer news-elements {
    :is(news-article, article-section, bullet-list, author-card, latest-news) :is(:lang(ar), :lang(fa), :lang(ur), :lang(ps), :lang(sd), :lang(ckb), :lang(ug), :lang(ks), :lang(he), :lang(iw), :lang(yi), :lang(dv), :lang(syr), :lang(nqo), :lang(zh), :lang(yue), :lang(ja), :lang(ko), :lang(hi), :lang(mr), :lang(ne), :lang(sa), :lang(mai), :lang(kok), :lang(bho), :lang(bn), :lang(as), :lang(pa), :lang(gu), :lang(or), :lang(ta), :lang(te), :lang(kn), :lang(ml), :lang(si), :lang(th), :lang(lo), :lang(km), :lang(my), :lang(bo), :lang(dz), :lang(am), :lang(ti), :lang(ka)) {
      font-style: normal !important;
      font-synthesis: none;
      letter-spacing: normal !important;
      text-transform: none !important;

      &:is(em, i) {
        font-weight: 700;
      }
      /* The body sheet's pull quotes set their weight and leading with the same weight of selector. */
      &:is(.wp-block-pullquote, .kg-blockquote-alt) {
        font-weight: 700 !important;
        line-height: var(--_script-leading-tight, 1.5) !important;
      }
      &:is(h1, h2, h3, h4, h5, h6, blockquote, [slot='headline']) {
        line-height: var(--_script-leading-tight, 1.5);
      }
      &[slot='kicker'] {
        font-size: 0.9em;
      }
    }
  }
`;
