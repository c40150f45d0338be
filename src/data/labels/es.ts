import type { Labels } from '../types.js';

/** Spanish. */
const labels: Labels = {
  skipToContent: 'Saltar al contenido',
  latestNews: 'Últimas noticias',
  noLatestNews: 'No hay noticias recientes.',
  aboutTheAuthor: 'Sobre el autor',
  aboutAuthors: 'Sobre los autores',
  by: 'Por',
  published: 'Publicado',
  updated: 'Actualizado',
  datelineSeparator: ',',
  email: 'Correo electrónico',
  phone: 'Teléfono',
  note: 'Nota',
  noteCorrection: 'Corrección',
  noteEditor: 'Nota de la redacción',
  noteUpdate: 'Actualización',
  table: 'Tabla',
  playVideo: 'Reproducir vídeo: {title}',
  loadEmbed: 'Cargar contenido de {provider}',
  openEmbed: 'Abrir en {provider}',
};

export default labels;
