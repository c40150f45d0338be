import { elements } from '../elements.js';
import { defineWithDependencies } from '../shared/define.js';

// All in one call, so a second copy of the library on the page gives one warning, not one per tag.
defineWithDependencies(...elements);
