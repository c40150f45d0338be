import type { Labels } from '../types.js';

/** Japanese. */
const labels: Labels = {
  skipToContent: '本文へ移動',
  latestNews: '最新ニュース',
  noLatestNews: '最新のニュースはありません。',
  aboutTheAuthor: '筆者プロフィール',
  aboutAuthors: '筆者プロフィール',
  by: '文：',
  published: '公開：',
  updated: '更新：',
  datelineSeparator: '、',
  email: 'メール',
  phone: '電話',
  note: '注記',
  noteCorrection: '訂正',
  noteEditor: '編集部注',
  noteUpdate: '更新',
  table: '表',
  playVideo: '動画を再生：{title}',
  loadEmbed: '{provider}のコンテンツを読み込む',
  openEmbed: '{provider}で開く',
  loading: '読み込み中…',
  loadFailed: 'このコンテンツを読み込めませんでした。',
  retry: '再試行',
  newStories: 'other {#件の新着記事}',
};

export default labels;
