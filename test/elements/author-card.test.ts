import { expect, fixture, html } from '@open-wc/testing';
import type { AuthorCard } from '../../src/index.js';
import type { ArticleData, PersonData } from '../../src/data/index.js';
import { seedArticle } from '../support/fixtures.js';
import { captureErrors, deepQueryAll, renderSettled, settled, shadowPart, visibleText } from '../support/helpers.js';
import { runBadInputSuite, runInputModeSuite, type ElementSpec } from '../support/suites.js';

const siti: PersonData = {
  name: 'Siti Aminah',
  jobTitle: 'Economics Correspondent',
  description: 'Siti is a news writer specialising in Asian economics and Islamic finance.',
  url: '/authors/siti-aminah',
  image: { url: '/images/siti.jpg', alt: 'Siti Aminah' },
  sameAs: ['https://www.linkedin.com/in/siti-aminah', 'https://x.com/siti_writes'],
};

const spec: ElementSpec = {
  tag: 'author-card',
  attribute: 'author',
  property: 'author',
  data: siti,
  dataTexts: [
    'About the author',
    'Siti Aminah',
    'Economics Correspondent',
    'Siti is a news writer specialising in Asian economics and Islamic finance.',
    'LinkedIn',
    'X (Twitter)',
  ],
  changedData: { name: 'Ravi Kumar', description: 'Ravi covers markets.' },
  changedText: 'Ravi Kumar',
  slotted:
    '<img slot="photo" alt="" src="data:image/gif;base64,R0lGODlhAQABAAAAACw="><span slot="name">Siti</span>' +
    '<p>Siti is a news writer specialising in Asian economics.</p>',
  slottedTexts: ['Siti', 'Siti is a news writer specialising in Asian economics.'],
  invalid: [
    { name: 'invalid JSON', value: '{"name": "Siti"', field: 'author' },
    { name: 'a wrong type', value: '42', field: 'author' },
    { name: 'a person without a name', value: '{"description": "No name"}', field: 'author.name' },
    { name: 'a wrong item type', value: '[true]', field: 'author[0]' },
    { name: 'a name of the wrong type', value: '{"name": {"first": "Siti"}}', field: 'author.name' },
  ],
};

runInputModeSuite(spec);
runBadInputSuite(spec);

const part = shadowPart;

describe('<author-card> from data', () => {
  it('shows the label heading, photo, linked name, role, bio and profile links', async () => {
    const card = await renderSettled<AuthorCard>(html`<author-card .author=${siti}></author-card>`);
    const heading = part(card, 'label')!;
    expect(heading.localName).to.equal('h2');
    expect(heading.textContent!.trim()).to.equal('About the author');
    // Cards are no landmarks: several on one page would be regions with the same name.
    expect(card.shadowRoot!.querySelector('section, [role="region"]') === null).to.equal(true);

    const photo = part(card, 'photo') as HTMLImageElement;
    expect(photo.localName).to.equal('img');
    expect(photo.getAttribute('src')).to.equal('/images/siti.jpg');
    expect(photo.getAttribute('alt')).to.equal('');
    expect(photo.getAttribute('width')).to.equal('72');
    expect(photo.getAttribute('height')).to.equal('72');
    expect(photo.getAttribute('loading')).to.equal('lazy');

    const nameLink = part(card, 'name')!.querySelector('a')!;
    expect(nameLink.textContent).to.equal('Siti Aminah');
    expect(nameLink.getAttribute('href')).to.equal('/authors/siti-aminah');
    expect(nameLink.rel).to.equal('author');

    expect(part(card, 'role')!.textContent).to.equal('Economics Correspondent');
    expect(part(card, 'bio')!.textContent).to.equal(
      'Siti is a news writer specialising in Asian economics and Islamic finance.',
    );
    const links = Array.from(part(card, 'links')!.querySelectorAll('a'), (link) => [
      link.textContent,
      link.getAttribute('href'),
    ]);
    expect(links).to.deep.equal([
      ['LinkedIn', 'https://www.linkedin.com/in/siti-aminah'],
      ['X (Twitter)', 'https://x.com/siti_writes'],
    ]);
    expect(visibleText(card)).to.equal(
      'About the author Siti Aminah Economics Correspondent Siti is a news writer specialising in Asian economics and Islamic finance. LinkedIn X (Twitter)',
    );
    await expect(card).to.be.accessible();
  });

  it('labels other profile links by network, email or host name', async () => {
    const card = await renderSettled<AuthorCard>(
      html`<author-card
        .author=${{
          name: 'Siti',
          sameAs: [
            'https://twitter.com/siti',
            'https://github.com/siti',
            'mailto:siti@example.com',
            'https://siti.example.org/about',
          ],
        }}
      ></author-card>`,
    );
    const labels = Array.from(part(card, 'links')!.querySelectorAll('a'), (link) => link.textContent);
    expect(labels).to.deep.equal(['X (Twitter)', 'GitHub', 'Email', 'siti.example.org']);
    await expect(card).to.be.accessible();
  });

  it('shows the initial, hidden from assistive technology, when there is no photo', async () => {
    const card = await renderSettled<AuthorCard>(
      html`<author-card author='{"name": "Siti", "description": "Writer."}'></author-card>`,
    );
    const initial = part(card, 'photo')!;
    expect(initial.localName).to.equal('span');
    expect(initial.textContent).to.equal('S');
    expect(initial.getAttribute('aria-hidden')).to.equal('true');
    expect(card.shadowRoot!.querySelector('img')).to.equal(null);
    // The initial is decoration: a reader hears the name once.
    expect(part(card, 'name')!.textContent!.trim()).to.equal('Siti');
    expect(part(card, 'name')!.querySelector('a')).to.equal(null);
    await expect(card).to.be.accessible();
  });

  it('takes the whole first character of a name for the initial', async () => {
    const card = await renderSettled<AuthorCard>(html`<author-card .author=${{ name: '𝒮iti' }}></author-card>`);
    expect(part(card, 'photo')!.textContent).to.equal('𝒮');
  });

  it('leaves out the role, bio and links it was not given', async () => {
    const card = await renderSettled<AuthorCard>(html`<author-card .author=${{ name: 'Siti' }}></author-card>`);
    expect(part(card, 'role')).to.equal(null);
    expect(part(card, 'bio')).to.equal(null);
    expect(part(card, 'links')).to.equal(null);
    expect(visibleText(card)).to.equal('About the author S Siti');
  });

  it('accepts a bare name', async () => {
    const card = await renderSettled<AuthorCard>(html`<author-card author='"Siti"'></author-card>`);
    expect(part(card, 'name')!.textContent!.trim()).to.equal('Siti');
  });

  it('shows several authors, each with their own details', async () => {
    const card = await renderSettled<AuthorCard>(
      html`<author-card
        .author=${[siti, { name: 'Ravi Kumar', jobTitle: 'Markets Editor', description: 'Ravi covers markets.' }]}
      ></author-card>`,
    );
    const people = card.shadowRoot!.querySelectorAll('[part="person"]');
    expect(people).to.have.length(2);
    expect(visibleText(people[0]!)).to.include('Siti Aminah');
    expect(visibleText(people[1]!)).to.equal('R Ravi Kumar Markets Editor Ravi covers markets.');
    expect(card.shadowRoot!.querySelectorAll('h2')).to.have.length(1);
    await expect(card).to.be.accessible();
  });

  it('reports a bad entry in a list of authors and shows the others', async () => {
    const errors = captureErrors();
    let card: AuthorCard;
    try {
      card = await renderSettled<AuthorCard>(
        html`<author-card author='[{"name": "Siti"}, true, {"jobTitle": "Editor"}]'></author-card>`,
      );
    } finally {
      errors.restore();
    }
    expect(errors.events.map((detail) => detail.field)).to.deep.equal(['author[1]', 'author[2].name']);
    expect(card.shadowRoot!.querySelectorAll('[part="person"]')).to.have.length(1);
    expect(visibleText(card)).to.equal('About the author S Siti');
  });

  it('replaces "About the author" with the label attribute, at the level given', async () => {
    const card = await renderSettled<AuthorCard>(
      html`<author-card label="Tentang penulis" level="3" .author=${siti}></author-card>`,
    );
    const heading = part(card, 'label')!;
    expect(heading.localName).to.equal('h3');
    expect(heading.textContent!.trim()).to.equal('Tentang penulis');
    expect(visibleText(card)).not.to.include('About the author');
    await expect(card).to.be.accessible();
  });

  it('keeps "About the author" when the label attribute is blank', async () => {
    const card = await renderSettled<AuthorCard>(html`<author-card label="" .author=${siti}></author-card>`);
    expect(part(card, 'label')!.textContent!.trim()).to.equal('About the author');
    await expect(card).to.be.accessible();
  });

  it('drops a javascript: URL with a news-error and shows the rest', async () => {
    const errors = captureErrors();
    let card: AuthorCard;
    try {
      card = await renderSettled<AuthorCard>(
        html`<author-card
          .author=${{
            name: 'Siti',
            url: 'javascript:alert(document.cookie)',
            description: 'Writer.',
            sameAs: ['https://www.linkedin.com/in/siti', ' JavaScript:alert(1)'],
          }}
        ></author-card>`,
      );
    } finally {
      errors.restore();
    }
    expect(errors.events.map((detail) => detail.field)).to.deep.equal(['author.url', 'author.sameAs[1]']);
    expect(errors.events.every((detail) => detail.element === 'author-card')).to.equal(true);
    expect(errors.messages).to.have.length(2);
    expect(errors.messages.every((message) => message.startsWith('<author-card>'))).to.equal(true);
    const hrefs = deepQueryAll(card, 'a').map((link) => link.getAttribute('href'));
    expect(hrefs).to.deep.equal(['https://www.linkedin.com/in/siti']);
    expect(visibleText(card)).to.equal('About the author S Siti Writer. LinkedIn');
    await expect(card).to.be.accessible();
  });

  it('leaves out a photo with an unsafe URL and shows the initial', async () => {
    const errors = captureErrors();
    let card: AuthorCard;
    try {
      card = await renderSettled<AuthorCard>(
        html`<author-card .author=${{ name: 'Siti', image: 'javascript:alert(1)' }}></author-card>`,
      );
    } finally {
      errors.restore();
    }
    expect(errors.events.map((detail) => detail.field)).to.deep.equal(['author.image']);
    expect(card.shadowRoot!.querySelector('img')).to.equal(null);
    expect(part(card, 'photo')!.textContent).to.equal('S');
  });

  it('shows the name as text, never as markup', async () => {
    const card = await renderSettled<AuthorCard>(html`<author-card .author=${{ name: '<b>Siti</b>' }}></author-card>`);
    expect(part(card, 'name')!.textContent!.trim()).to.equal('<b>Siti</b>');
    expect(card.shadowRoot!.querySelector('b')).to.equal(null);
  });

  it('shows nothing when it has neither data nor content', async () => {
    const card = await renderSettled<AuthorCard>(html`<author-card></author-card>`);
    expect(visibleText(card)).to.equal('');
    expect(card.shadowRoot!.querySelector('h2')).to.equal(null);
  });
});

describe('<author-card> from slotted HTML', () => {
  it('shows photo, name, role, bio and links in their places under the label', async () => {
    const card = await renderSettled<AuthorCard>(
      html`<author-card>
        <img slot="photo" alt="" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" />
        <span slot="name">Siti</span>
        <span slot="role">Economics Correspondent</span>
        <p>Siti writes about Asian economics.</p>
        <a slot="links" href="https://www.linkedin.com/in/siti">LinkedIn</a>
      </author-card>`,
    );
    for (const child of card.children) expect(child.assignedSlot, child.localName).to.not.equal(null);
    expect(visibleText(card)).to.equal(
      'About the author Siti Economics Correspondent Siti writes about Asian economics. LinkedIn',
    );
    await expect(card).to.be.accessible();
  });

  it('keeps the name and photo on screen when there is no bio', async () => {
    const card = await renderSettled<AuthorCard>(
      html`<author-card>
        <img slot="photo" alt="" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" />
        <span slot="name">Siti</span>
      </author-card>`,
    );
    for (const child of card.children) {
      expect(child.assignedSlot, `<${child.localName}> is slotted`).to.not.equal(null);
      expect(child.getClientRects().length, `<${child.localName}> is laid out`).to.be.greaterThan(0);
    }
    expect(visibleText(card)).to.equal('About the author Siti');
    await expect(card).to.be.accessible();
  });

  it('shows a bio added after the first render', async () => {
    const card = await renderSettled<AuthorCard>(html`<author-card><span slot="name">Siti</span></author-card>`);
    const bio = document.createElement('p');
    bio.textContent = 'A late bio.';
    card.append(bio);
    await settled(card);
    expect(visibleText(card)).to.equal('About the author Siti A late bio.');
  });

  it('never hides slotted content: it wins over its own data', async () => {
    const card = await renderSettled<AuthorCard>(
      html`<author-card .author=${{ name: 'Ravi Kumar' }}><span slot="name">Siti</span><p>Host bio.</p></author-card>`,
    );
    expect(visibleText(card)).to.equal('About the author Siti Host bio.');
  });
});

describe('<author-card> inside <news-article>', () => {
  it('shows the article’s author when it has no data of its own', async () => {
    const seed = await seedArticle();
    const article = await fixture<HTMLElement>(
      html`<news-article .article=${seed}><author-card slot="author"></author-card></news-article>`,
    );
    await settled(article);
    const card = article.querySelector('author-card')!;
    expect(part(card, 'label')!.localName).to.equal('h2');
    expect(part(card, 'name')!.textContent!.trim()).to.equal('Siti');
    expect(part(card, 'bio')!.textContent).to.equal(seed.author.description);
    await expect(article).to.be.accessible();
  });

  it('shows every author of the article', async () => {
    const seed: ArticleData = await seedArticle();
    seed.author = [{ name: 'Siti' }, { name: 'Ravi Kumar', jobTitle: 'Markets Editor' }];
    const article = await fixture<HTMLElement>(
      html`<news-article .article=${seed}><author-card slot="author"></author-card></news-article>`,
    );
    await settled(article);
    const card = article.querySelector('author-card')!;
    expect(visibleText(card)).to.equal('About the authors S Siti R Ravi Kumar Markets Editor');
  });

  it('follows the article when it changes', async () => {
    const seed = await seedArticle();
    const article = await fixture<HTMLElement & { article: unknown }>(
      html`<news-article .article=${seed}><author-card slot="author"></author-card></news-article>`,
    );
    await settled(article);
    article.article = { ...seed, author: { name: 'Ravi Kumar' } };
    await settled(article);
    expect(part(article.querySelector('author-card')!, 'name')!.textContent!.trim()).to.equal('Ravi Kumar');
  });

  it('uses the article’s aboutTheAuthor label, and its own label over it', async () => {
    const article = await fixture<HTMLElement>(
      html`<news-article .article=${await seedArticle()} labels='{"aboutTheAuthor": "Tentang penulis"}'>
        <author-card slot="author"></author-card>
        <author-card slot="author" label="Penulis tamu" .author=${{ name: 'Ravi' }}></author-card>
      </news-article>`,
    );
    await settled(article);
    const [fromContext, own] = article.querySelectorAll('author-card');
    expect(part(fromContext!, 'label')!.textContent!.trim()).to.equal('Tentang penulis');
    expect(part(own!, 'label')!.textContent!.trim()).to.equal('Penulis tamu');
  });

  it('shows its own data over the article’s author', async () => {
    const article = await fixture<HTMLElement>(
      html`<news-article .article=${await seedArticle()}>
        <author-card slot="author" .author=${{ name: 'Ravi Kumar', description: 'Ravi covers markets.' }}></author-card>
      </news-article>`,
    );
    await settled(article);
    const card = article.querySelector('author-card')!;
    expect(visibleText(card)).to.equal('About the author R Ravi Kumar Ravi covers markets.');
    expect(visibleText(card)).not.to.include('Siti');
  });

  it('shows its slotted content over the article’s author', async () => {
    const article = await fixture<HTMLElement>(
      html`<news-article .article=${await seedArticle()}>
        <author-card slot="author">
          <span slot="name">Guest Writer</span>
          <p>A guest column.</p>
        </author-card>
      </news-article>`,
    );
    await settled(article);
    const card = article.querySelector('author-card')!;
    expect(visibleText(card)).to.equal('About the author Guest Writer A guest column.');
    await expect(article).to.be.accessible();
  });

  it('shows only a slotted name over the article’s author', async () => {
    const article = await fixture<HTMLElement>(
      html`<news-article .article=${await seedArticle()}>
        <author-card slot="author">
          <span slot="name">Guest Writer</span>
        </author-card>
      </news-article>`,
    );
    await settled(article);
    expect(visibleText(article.querySelector('author-card')!)).to.equal('About the author Guest Writer');
  });
});

describe('<author-card> in a narrow column', () => {
  const longWord = 'Donaudampfschifffahrtselektrizitätenhauptbetriebswerkbauunterbeamtengesellschaft';

  it('wraps very long words instead of overflowing, from data and from slotted HTML', async () => {
    const column = await renderSettled<HTMLElement>(html`<div style="width: 300px">
      <author-card .author=${{ name: longWord, jobTitle: longWord, description: `${longWord} ${longWord}` }}></author-card>
      <author-card><span slot="name">${longWord}</span><span slot="role">Role</span><p>${longWord}</p></author-card>
    </div>`);
    for (const card of column.querySelectorAll('author-card')) {
      expect(card.scrollWidth, `<author-card> is ${card.scrollWidth}px wide`).to.be.at.most(300);
      expect(shadowPart(card, 'base')!.scrollWidth).to.be.at.most(300);
    }
    const [, slotted] = Array.from(column.querySelectorAll('author-card'));
    const name = slotted!.querySelector('[slot="name"]')!.getBoundingClientRect();
    const role = slotted!.querySelector('[slot="role"]')!.getBoundingClientRect();
    expect(role.top, 'the role sits below the name').to.be.at.least(name.bottom - 1);
  });
});
