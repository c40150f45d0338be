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
  datelineSeparator: ',',
  email: 'E-mail',
  phone: 'Telefone',
  note: 'Nota',
  noteCorrection: 'Correção',
  noteEditor: 'Nota da redação',
  noteUpdate: 'Atualização',
  table: 'Tabela',
  playVideo: 'Reproduzir vídeo: {title}',
  loadEmbed: 'Carregar conteúdo de {provider}',
  openEmbed: 'Abrir em {provider}',
  loading: 'Carregando…',
  loadFailed: 'Não foi possível carregar este conteúdo.',
  retry: 'Tentar novamente',
  newStories: 'one {# nova notícia} many {# de novas notícias} other {# novas notícias}',
};

export default labels;
