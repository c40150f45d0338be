import { SkipLink } from '../skip-link/skip-link.js';
import { defineElements } from '../shared/define.js';

defineElements({ 'skip-link': SkipLink });
