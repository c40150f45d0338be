import { BulletList } from '../bullet-list/bullet-list.js';
import { defineElements } from '../shared/define.js';

defineElements({ 'bullet-list': BulletList });
