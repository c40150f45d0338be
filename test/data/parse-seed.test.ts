import { expect } from '@open-wc/testing';
import { seedArticle } from '../support/fixtures.js';
import { parse } from '../support/parsing.js';

describe('parseArticle on the seed', () => {
  it('reads the seed with no problems', async () => {
    const { article, problems } = parse(await seedArticle());
    expect(problems).to.deep.equal([]);
    expect(article!.headline).to.equal('China and U.S. Set for Trade Talks in Malaysia Amid Rare Earths Dispute');
    expect(article!.dateline).to.equal('Kuala Lumpur');
    expect(article!.datePublished).to.equal('2025-10-23');
    expect(article!.inLanguage).to.equal('en-GB');
    expect(article!.latest).to.deep.equal([]);
  });

  it('reads the single author object as a one-person list', async () => {
    const { article } = parse(await seedArticle());
    expect(article!.author).to.have.length(1);
    expect(article!.author[0]!.name).to.equal('Siti');
    expect(article!.author[0]!.description).to.match(/^Siti is a news writer specialising in Asian economics/);
    expect(article!.author[0]!.sameAs).to.deep.equal([]);
  });

  it('reads the opening section without a heading and the others with theirs, in order', async () => {
    const { article } = parse(await seedArticle());
    expect(article!.sections.map((section) => section.heading)).to.deep.equal([
      undefined,
      'What’s on the Agenda',
      'Why Malaysia',
      'Implications for Asia-Pacific',
      'What to Watch',
    ]);
    const opening = article!.sections[0]!.blocks;
    expect(opening).to.have.length(2);
    expect(opening.every((block) => block.type === 'paragraph' && block.text !== undefined)).to.equal(true);
    expect(opening[0]).to.deep.include({ type: 'paragraph' });
    expect((opening[0] as { text: string }).text).to.match(/^China’s Vice Premier He Lifeng is scheduled/);
  });

  it('reads the term lists and the bare-string list', async () => {
    const { article } = parse(await seedArticle());
    const implications = article!.sections[3]!.blocks;
    expect(implications[0]).to.deep.equal({
      type: 'paragraph',
      text: 'For Asian economies and investors, the discussions have several noteworthy implications:',
    });
    const termList = implications[1]!;
    expect(termList.type).to.equal('list');
    if (termList.type !== 'list') return;
    expect(termList.ordered).to.equal(false);
    expect(termList.items.map((item) => item.term)).to.deep.equal([
      'Supply-chain ripple effects:',
      'Trade-policy signals:',
      'Regional diplomacy boost:',
      'Investor caution:',
    ]);
    expect(termList.items[0]!.text).to.match(/^China’s rare-earth controls impact industries/);
    expect(termList.items.every((item) => item.items.length === 0)).to.equal(true);

    const watchList = article!.sections[4]!.blocks[0]!;
    if (watchList.type !== 'list') throw new Error('expected a list');
    expect(watchList.items).to.have.length(4);
    expect(watchList.items[0]).to.deep.equal({
      text: 'Announcement of outcomes or joint statements after the talks.',
      items: [],
    });
  });

  it('ignores @context, @type and unknown keys', async () => {
    const data: Record<string, unknown> = { ...(await seedArticle()) };
    data.publisher = { name: 'Example News' };
    data.wordCount = 640;
    const { article, problems } = parse(data);
    expect(problems).to.deep.equal([]);
    expect(Object.keys(article!).sort()).to.deep.equal(
      [
        'headline',
        'description',
        'articleSection',
        'dateline',
        'datePublished',
        'dateModified',
        'inLanguage',
        'url',
        'image',
        'author',
        'sections',
        'latest',
      ].sort(),
    );
    expect(JSON.stringify(article)).to.not.include('schema.org');
    expect(JSON.stringify(article)).to.not.include('Example News');
  });

  it('does not change the data it reads', async () => {
    const data = await seedArticle();
    const before = JSON.stringify(data);
    parse(data);
    expect(JSON.stringify(data)).to.equal(before);
  });
});
