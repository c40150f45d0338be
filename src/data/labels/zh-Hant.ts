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
  email: '電子郵件',
  phone: '電話',
};

export default labels;
