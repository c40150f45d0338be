import { BulletList } from '../bullet-list/bullet-list.js';
import { defineWithDependencies } from '../shared/define.js';

defineWithDependencies(BulletList);
