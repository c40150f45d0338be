import type { Labels } from '../types.js';

/** Chinese, traditional script. */
const labels: Labels = {
  skipToContent: '跳至主要內容',
  latestNews: '最新消息',
  noLatestNews: '暫無最新消息。',
  aboutTheAuthor: '關於作者',
  aboutAuthors: '關於作者',
  by: '作者：',
  published: '發布：',
  updated: '更新：',
  datelineSeparator: '，',
  email: '電子郵件',
  phone: '電話',
  note: '註',
  noteCorrection: '更正',
  noteEditor: '編按',
  noteUpdate: '更新',
  table: '表格',
  playVideo: '播放影片：{title}',
  loadEmbed: '載入{provider}內容',
  openEmbed: '在{provider}開啟',
  loading: '載入中…',
  loadFailed: '無法載入此內容。',
  retry: '重試',
  newStories: 'other {#則新消息}',
};

export default labels;
