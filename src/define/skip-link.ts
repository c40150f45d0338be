import '../shared/lit-globals.js';
import { SkipLink } from '../skip-link/skip-link.js';
import { defineWithDependencies } from '../shared/define.js';

defineWithDependencies(SkipLink);
