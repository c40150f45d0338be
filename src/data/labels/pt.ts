import type { Labels } from '../types.js';

/** Portuguese. */
const labels: Labels = {
  skipToContent: 'Ir para o conteúdo',
  latestNews: 'Últimas notícias',
  noLatestNews: 'Nenhuma notícia recente.',
  aboutTheAuthor: 'Sobre o autor',
  aboutAuthors: 'Sobre os autores',
  by: 'Por',
  published: 'Publicado',
  updated: 'Atualizado',
  email: 'E-mail',
  phone: 'Telefone',
};

export default labels;
