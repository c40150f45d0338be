import type { Labels } from '../types.js';

/** Russian. */
const labels: Labels = {
  skipToContent: 'Перейти к содержанию',
  latestNews: 'Последние новости',
  noLatestNews: 'Свежих новостей нет.',
  aboutTheAuthor: 'Об авторе',
  aboutAuthors: 'Об авторах',
  by: 'Текст:',
  published: 'Опубликовано',
  updated: 'Обновлено',
  datelineSeparator: ',',
  email: 'Эл. почта',
  phone: 'Телефон',
  note: 'Примечание',
  noteCorrection: 'Исправление',
  noteEditor: 'От редакции',
  noteUpdate: 'Обновление',
  table: 'Таблица',
  playVideo: 'Смотреть видео: {title}',
  loadEmbed: 'Загрузить контент {provider}',
  openEmbed: 'Открыть в {provider}',
  loading: 'Загрузка…',
  loadFailed: 'Не удалось загрузить материал.',
  retry: 'Повторить',
  newStories: 'one {# новая публикация} few {# новые публикации} many {# новых публикаций} other {# новой публикации}',
};

export default labels;
