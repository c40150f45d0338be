import { expect, fixture, html } from '@open-wc/testing';
import type { BulletList } from '../../src/index.js';
import { deepQueryAll, settled, visibleText } from '../support/helpers.js';
import { runBadInputSuite, runInputModeSuite, type ElementSpec } from '../support/suites.js';

const spec: ElementSpec = {
  tag: 'bullet-list',
  attribute: 'items',
  property: 'items',
  data: [{ term: 'Supply-chain ripple effects:', text: 'Industries reliant on critical minerals.' }, 'Plain item'],
  dataTexts: ['Supply-chain ripple effects:', 'Industries reliant on critical minerals.', 'Plain item'],
  changedData: ['Investor caution'],
  changedText: 'Investor caution',
  slotted:
    '<ul><li><strong>Trade-policy signals:</strong> A breakthrough could ease tensions.</li><li>Second</li></ul>',
  slottedTexts: ['Trade-policy signals:', 'A breakthrough could ease tensions.', 'Second'],
  invalid: [
    { name: 'invalid JSON', value: '[{"text": ', field: 'items' },
    { name: 'a wrong type', value: '{"text": "not an array"}', field: 'items' },
    { name: 'a wrong item type', value: '[42]', field: 'items[0]' },
  ],
};

runInputModeSuite(spec);
runBadInputSuite(spec);

describe('<bullet-list>', () => {
  it('shows the lead-in term in bold before the item text', async () => {
    const list = await fixture<BulletList>(
      html`<bullet-list .items=${[{ term: 'Term:', text: 'Rest' }]}></bullet-list>`,
    );
    const term = list.shadowRoot!.querySelector('[part="term"]')!;
    expect(term.textContent).to.equal('Term:');
    expect(Number(getComputedStyle(term).fontWeight)).to.be.at.least(700);
    expect(visibleText(list)).to.equal('Term: Rest');
  });

  it('numbers the items when ordered, and nests lists', async () => {
    const list = await fixture<BulletList>(
      html`<bullet-list ordered .items=${[{ text: 'One', items: ['One A', 'One B'] }, 'Two']}></bullet-list>`,
    );
    const lists = list.shadowRoot!.querySelectorAll('ol');
    expect(lists).to.have.length(2);
    expect(lists[1]!.parentElement!.localName).to.equal('li');
    expect(deepQueryAll(list, 'li')).to.have.length(4);
    expect(visibleText(list)).to.equal('One One A One B Two');
    await expect(list).to.be.accessible();
  });

  it('wraps slotted bare <li> elements in a list', async () => {
    const list = await fixture<BulletList>(html`<bullet-list><li>Alpha</li><li>Beta</li></bullet-list>`);
    await settled(list);
    const wrapper = list.shadowRoot!.querySelector('ul')!;
    expect(wrapper.querySelector('slot')!.assignedElements()).to.have.length(2);
    await expect(list).to.be.accessible();
  });
});

describe('<bullet-list> in a narrow column', () => {
  it('wraps very long words instead of overflowing, from data and from slotted HTML', async () => {
    const longWord = 'Donaudampfschifffahrtselektrizitätenhauptbetriebswerkbauunterbeamtengesellschaft';
    const column = await fixture<HTMLElement>(html`<div style="width: 300px">
      <bullet-list .items=${[{ term: `${longWord}:`, text: longWord, items: [longWord] }]}></bullet-list>
      <bullet-list><ul><li><strong>${longWord}</strong> ${longWord}<ul><li>${longWord}</li></ul></li></ul></bullet-list>
    </div>`);
    await settled(column);
    expect(column.scrollWidth).to.be.at.most(300);
    for (const list of column.querySelectorAll('bullet-list')) {
      for (const item of deepQueryAll(list, 'li')) {
        expect(item.getBoundingClientRect().right, 'an item stays in the column').to.be.at.most(
          column.getBoundingClientRect().right + 0.5,
        );
      }
    }
  });
});

describe('<bullet-list> with data and slotted content', () => {
  it('never hides the slotted list: it follows the items from data', async () => {
    const list = await fixture<HTMLElement>(
      html`<bullet-list .items=${['From data']}><ul><li>From the page</li></ul></bullet-list>`,
    );
    await settled(list);
    expect(visibleText(list)).to.equal('From data From the page');
    expect(list.querySelector('ul')!.assignedSlot).to.not.equal(null);
  });
});
