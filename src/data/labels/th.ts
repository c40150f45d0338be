import type { Labels } from '../types.js';

/** Thai. */
const labels: Labels = {
  skipToContent: 'ข้ามไปยังเนื้อหา',
  latestNews: 'ข่าวล่าสุด',
  noLatestNews: 'ยังไม่มีข่าวล่าสุด',
  aboutTheAuthor: 'เกี่ยวกับผู้เขียน',
  aboutAuthors: 'เกี่ยวกับผู้เขียน',
  by: 'โดย',
  published: 'เผยแพร่',
  updated: 'อัปเดต',
  datelineSeparator: '',
  email: 'อีเมล',
  phone: 'โทรศัพท์',
  note: 'หมายเหตุ',
  noteCorrection: 'แก้ไขข้อมูล',
  noteEditor: 'หมายเหตุบรรณาธิการ',
  noteUpdate: 'อัปเดต',
  table: 'ตาราง',
  playVideo: 'เล่นวิดีโอ: {title}',
  loadEmbed: 'โหลดเนื้อหาจาก {provider}',
  openEmbed: 'เปิดใน {provider}',
  loading: 'กำลังโหลด…',
  loadFailed: 'ไม่สามารถโหลดเนื้อหานี้ได้',
  retry: 'ลองอีกครั้ง',
  newStories: 'other {ข่าวใหม่ # ข่าว}',
};

export default labels;
