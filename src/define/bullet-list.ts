import '../shared/lit-globals.js';
import { BulletList } from '../bullet-list/bullet-list.js';
import { defineAfterBodyStyles } from '../shared/body-content-loader.js';

defineAfterBodyStyles(BulletList);
