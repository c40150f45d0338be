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
  loading: 'Cargando…',
  loadFailed: 'No se pudo cargar este contenido.',
  retry: 'Reintentar',
  newStories: 'one {# noticia nueva} many {# de noticias nuevas} other {# noticias nuevas}',
};

export default labels;
