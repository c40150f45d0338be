import type { Labels } from '../types.js';

/** Vietnamese. */
const labels: Labels = {
  skipToContent: 'Chuyển đến nội dung',
  latestNews: 'Tin mới nhất',
  noLatestNews: 'Chưa có tin mới.',
  aboutTheAuthor: 'Về tác giả',
  aboutAuthors: 'Về các tác giả',
  by: 'Tác giả:',
  published: 'Xuất bản',
  updated: 'Cập nhật',
  datelineSeparator: ',',
  email: 'Thư điện tử',
  phone: 'Điện thoại',
  note: 'Ghi chú',
  noteCorrection: 'Đính chính',
  noteEditor: 'Lời tòa soạn',
  noteUpdate: 'Cập nhật',
  table: 'Bảng',
  playVideo: 'Phát video: {title}',
  loadEmbed: 'Tải nội dung {provider}',
  openEmbed: 'Mở trên {provider}',
  loading: 'Đang tải…',
  loadFailed: 'Không thể tải nội dung này.',
  retry: 'Thử lại',
  newStories: 'other {# tin mới}',
};

export default labels;
