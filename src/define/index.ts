import '../shared/lit-globals.js';
import { elements } from '../elements.js';
import { defineAfterBodyStyles } from '../shared/body-content-loader.js';

// All in one call, so a second copy of the library on the page gives one warning, not one per tag.
defineAfterBodyStyles(...elements);
