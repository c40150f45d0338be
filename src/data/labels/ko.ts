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
  datelineSeparator: ',',
  email: '이메일',
  phone: '전화',
  note: '참고',
  noteCorrection: '정정',
  noteEditor: '편집자 주',
  noteUpdate: '업데이트',
  table: '표',
  playVideo: '동영상 재생: {title}',
  loadEmbed: '{provider} 콘텐츠 불러오기',
  openEmbed: '{provider}에서 열기',
  loading: '불러오는 중…',
  loadFailed: '이 콘텐츠를 불러오지 못했습니다.',
  retry: '다시 시도',
  newStories: 'other {새 기사 #건}',
};

export default labels;
