import type { Labels } from '../types.js';

/** French. */
const labels: Labels = {
  skipToContent: 'Aller au contenu',
  latestNews: 'Dernières actualités',
  noLatestNews: 'Aucune actualité récente.',
  aboutTheAuthor: 'À propos de l’auteur',
  aboutAuthors: 'À propos des auteurs',
  by: 'Par',
  published: 'Publié',
  updated: 'Mis à jour',
  email: 'E-mail',
  phone: 'Téléphone',
};

export default labels;
