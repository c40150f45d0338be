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
  email: 'Ел. пошта',
  phone: 'Телефон',
};

export default labels;
