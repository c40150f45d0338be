import type { BlockData } from '../../src/data/index.js';
import { runBadInputSuite, runInputModeSuite, type ElementSpec } from '../support/suites.js';

const agendaBlocks: BlockData[] = [
  'The talks will bring China’s top economic envoy He Lifeng together with U.S. Treasury Secretary Scott Bessent.',
  {
    type: 'list',
    items: [{ term: 'Supply-chain ripple effects:', text: 'China’s rare-earth controls impact industries.' }],
  },
  { type: 'quote', text: 'We are ready to talk.', cite: 'He Lifeng' },
];

const spec: ElementSpec = {
  tag: 'article-section',
  attribute: 'blocks',
  property: 'blocks',
  data: agendaBlocks,
  dataTexts: [
    'The talks will bring China’s top economic envoy He Lifeng',
    'Supply-chain ripple effects:',
    'China’s rare-earth controls impact industries.',
    'We are ready to talk.',
    'He Lifeng',
  ],
  changedData: ['Malaysia serves as a strategic venue for the talks.'],
  changedText: 'Malaysia serves as a strategic venue for the talks.',
  slotted:
    '<h2>What’s on the Agenda</h2><p>The discussions are expected to focus heavily on rare-earth export curbs.</p>',
  slottedTexts: ['What’s on the Agenda', 'The discussions are expected to focus heavily on rare-earth export curbs.'],
  invalid: [
    { name: 'invalid JSON', value: '["A paragraph", ', field: 'blocks' },
    { name: 'a wrong type', value: '{"type": "paragraph", "text": "not in an array"}', field: 'blocks' },
    { name: 'a wrong block type', value: '[42]', field: 'blocks[0]' },
    { name: 'an unknown block type', value: '[{"type": "video", "url": "/v.mp4"}]', field: 'blocks[0].type' },
    { name: 'a quote without text', value: '[{"type": "quote", "cite": "Nobody"}]', field: 'blocks[0].text' },
  ],
};

runInputModeSuite(spec);
runBadInputSuite(spec);
