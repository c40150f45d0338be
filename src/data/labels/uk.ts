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
  loading: 'Завантаження…',
  loadFailed: 'Не вдалося завантажити матеріал.',
  retry: 'Спробувати ще раз',
  newStories: 'one {# нова публікація} few {# нові публікації} many {# нових публікацій} other {# нової публікації}',
};

export default labels;
