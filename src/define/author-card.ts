import '../shared/lit-globals.js';
import { AuthorCard } from '../author-card/author-card.js';
import { defineAfterBodyStyles } from '../shared/body-content-loader.js';

defineAfterBodyStyles(AuthorCard);
