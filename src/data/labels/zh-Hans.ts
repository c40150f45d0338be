import type { Labels } from '../types.js';

/** Chinese, simplified script. */
const labels: Labels = {
  skipToContent: '跳到正文',
  latestNews: '最新消息',
  noLatestNews: '暂无最新消息。',
  aboutTheAuthor: '关于作者',
  aboutAuthors: '关于作者',
  by: '作者：',
  published: '发布：',
  updated: '更新：',
  datelineSeparator: '，',
  email: '电子邮件',
  phone: '电话',
  note: '注',
  noteCorrection: '更正',
  noteEditor: '编者按',
  noteUpdate: '更新',
  table: '表格',
  playVideo: '播放视频：{title}',
  loadEmbed: '加载{provider}内容',
  openEmbed: '在{provider}打开',
  loading: '正在加载…',
  loadFailed: '无法加载此内容。',
  retry: '重试',
  newStories: 'other {#条新消息}',
};

export default labels;
