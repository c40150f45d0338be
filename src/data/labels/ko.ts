import type { Labels } from '../types.js';

/** Korean. */
const labels: Labels = {
  skipToContent: '본문 바로가기',
  latestNews: '최신 뉴스',
  noLatestNews: '최근 기사가 없습니다.',
  aboutTheAuthor: '필자 소개',
  aboutAuthors: '필자 소개',
  by: '글',
  published: '입력',
  updated: '수정',
  email: '이메일',
  phone: '전화',
};

export default labels;
