import { AuthorCard } from '../author-card/author-card.js';
import { defineWithDependencies } from '../shared/define.js';

defineWithDependencies(AuthorCard);
