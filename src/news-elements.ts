/** The self-contained file for a host's `<script type="module">`: Lit inside, all six elements defined. */
import './define/index.js';

export * from './index.js';
