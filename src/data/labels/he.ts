import type { Labels } from '../types.js';

/** Hebrew. */
const labels: Labels = {
  skipToContent: 'דילוג לתוכן',
  latestNews: 'חדשות אחרונות',
  noLatestNews: 'אין ידיעות חדשות.',
  aboutTheAuthor: 'על הכותב',
  aboutAuthors: 'על הכותבים',
  by: 'מאת',
  published: 'פורסם',
  updated: 'עודכן',
  datelineSeparator: ',',
  email: 'דוא״ל',
  phone: 'טלפון',
  note: 'הערה',
  noteCorrection: 'תיקון',
  noteEditor: 'הערת המערכת',
  noteUpdate: 'עדכון',
  table: 'טבלה',
  playVideo: 'הפעלת סרטון: {title}',
  loadEmbed: 'טעינת תוכן מ־{provider}',
  openEmbed: 'פתיחה ב־{provider}',
  loading: 'בטעינה…',
  loadFailed: 'לא ניתן לטעון את התוכן הזה.',
  retry: 'לנסות שוב',
  newStories: 'one {ידיעה חדשה אחת} two {שתי ידיעות חדשות} many {# ידיעות חדשות} other {# ידיעות חדשות}',
};

export default labels;
