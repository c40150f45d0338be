import type { Labels } from '../types.js';

/** Ukrainian. */
const labels: Labels = {
  skipToContent: 'Перейти до вмісту',
  latestNews: 'Останні новини',
  noLatestNews: 'Свіжих новин немає.',
  aboutTheAuthor: 'Про автора',
  aboutAuthors: 'Про авторів',
  by: 'Текст:',
  published: 'Опубліковано',
  updated: 'Оновлено',
  datelineSeparator: ',',
  email: 'Ел. пошта',
  phone: 'Телефон',
  note: 'Примітка',
  noteCorrection: 'Виправлення',
  noteEditor: 'Від редакції',
  noteUpdate: 'Оновлення',
  table: 'Таблиця',
  playVideo: 'Відтворити відео: {title}',
  loadEmbed: 'Завантажити вміст {provider}',
  openEmbed: 'Відкрити в {provider}',
};

export default labels;
