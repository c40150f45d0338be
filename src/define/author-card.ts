import { AuthorCard } from '../author-card/author-card.js';
import { defineElements } from '../shared/define.js';

defineElements({ 'author-card': AuthorCard });
