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
  datelineSeparator: ',',
  email: 'E-mail',
  phone: 'Téléphone',
  note: 'Note',
  noteCorrection: 'Rectificatif',
  noteEditor: 'Note de la rédaction',
  noteUpdate: 'Mise à jour',
  table: 'Tableau',
  playVideo: 'Lire la vidéo\u00a0: {title}',
  loadEmbed: 'Charger le contenu de {provider}',
  openEmbed: 'Ouvrir sur {provider}',
  loading: 'Chargement…',
  loadFailed: 'Impossible de charger ce contenu.',
  retry: 'Réessayer',
  newStories: 'one {# nouvel article} many {# de nouveaux articles} other {# nouveaux articles}',
};

export default labels;
