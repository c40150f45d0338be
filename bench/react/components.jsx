/**
 * Baseline (d): the article JSON rendered by plain React function components into semantic HTML
 * (the same tree and classes as the static baseline, styled by bench/baseline.css). Dates and
 * name lists use Intl; content is not sanitised, and no memoisation is added beyond one date
 * formatter per list.
 */
import { useMemo } from 'react';

const labels = { latestNews: 'Latest News', aboutTheAuthor: 'About the author', updated: 'Updated', by: 'By' };

const isDateOnly = (value) => /^\d{4}-\d{2}-\d{2}$/.test(value);

function formatDate(value, locale, { withTime = false, dateStyle = 'long' } = {}) {
  // A date without a time is a calendar day: formatted in UTC, where `new Date` puts it.
  const options = isDateOnly(value)
    ? { dateStyle, timeZone: 'UTC' }
    : { dateStyle, ...(withTime && { timeStyle: 'short' }) };
  return new Intl.DateTimeFormat(locale, options).format(new Date(value));
}

function slugify(text) {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

const asList = (value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]);
const asImage = (image) => (typeof image === 'string' ? { url: image } : image);

function Figure({ image }) {
  const { url, alt = '', caption, credit, width, height } = asImage(image);
  return (
    <figure>
      <img src={url} alt={alt} width={width} height={height} loading="lazy" decoding="async" />
      {(caption || credit) && (
        <figcaption>
          {caption} {credit && <span className="credit">{credit}</span>}
        </figcaption>
      )}
    </figure>
  );
}

function RichText({ content }) {
  if (typeof content === 'string') return content;
  if (content.html !== undefined) return <span dangerouslySetInnerHTML={{ __html: content.html }} />;
  return content.text ?? '';
}

function BulletList({ items, ordered }) {
  const List = ordered ? 'ol' : 'ul';
  return (
    <List>
      {items.map((item, index) => (
        <li key={index}>
          {typeof item === 'string' ? (
            item
          ) : (
            <>
              {item.term && <strong>{item.term}</strong>} <RichText content={item} />
              {item.items?.length > 0 && <BulletList items={item.items} ordered={ordered} />}
            </>
          )}
        </li>
      ))}
    </List>
  );
}

function Block({ block, lead }) {
  if (typeof block === 'string' || block.type === 'paragraph') {
    return (
      <p>
        {lead}
        <RichText content={block} />
      </p>
    );
  }
  switch (block.type) {
    case 'list':
      return <BulletList items={block.items} ordered={block.ordered} />;
    case 'quote':
      return (
        <figure className="quote">
          <blockquote>
            <p>{block.text}</p>
          </blockquote>
          {block.cite && (
            <figcaption>
              — <cite>{block.cite}</cite>
            </figcaption>
          )}
        </figure>
      );
    case 'figure':
      return <Figure image={block.image} />;
    default:
      return null;
  }
}

function Dateline({ place, date, locale }) {
  return (
    <>
      <strong className="dateline">
        {place}
        {place && date && ', '}
        {date && <time dateTime={date}>{formatDate(date, locale)}</time>} —
      </strong>{' '}
    </>
  );
}

function Section({ section, dateline, date, locale }) {
  const [first, ...rest] = section.blocks;
  const lead = (dateline || date) && <Dateline place={dateline} date={date} locale={locale} />;
  return (
    <section className="na-section">
      {section.heading && <h2 id={section.id ?? slugify(section.heading)}>{section.heading}</h2>}
      {first !== undefined && <Block block={first} lead={lead} />}
      {rest.map((block, index) => (
        <Block key={index} block={block} />
      ))}
    </section>
  );
}

function Byline({ article, locale }) {
  const names = asList(article.author).map((person) => person.name);
  const datelineShowsDate = article.dateline && article.sections?.length > 0;
  const updated = article.dateModified && new Date(article.dateModified) > new Date(article.datePublished);
  return (
    <p className="na-byline">
      {names.length > 0 && (
        <span>
          {labels.by} <strong>{new Intl.ListFormat(locale, { type: 'conjunction' }).format(names)}</strong>
        </span>
      )}
      {article.datePublished && !datelineShowsDate && (
        <time dateTime={article.datePublished}>{formatDate(article.datePublished, locale, { withTime: true })}</time>
      )}
      {updated && (
        <span>
          {labels.updated}{' '}
          <time dateTime={article.dateModified}>{formatDate(article.dateModified, locale, { withTime: true })}</time>
        </span>
      )}
    </p>
  );
}

function AuthorCard({ person }) {
  return (
    <div className="author-card">
      <h2 className="label">{labels.aboutTheAuthor}</h2>
      <div className="person">
        {person.image ? (
          <img className="photo" src={asImage(person.image).url} alt="" width="72" height="72" loading="lazy" />
        ) : (
          <span className="initials" aria-hidden="true">
            {Array.from(person.name)[0]}
          </span>
        )}
        <div className="details">
          <p className="name">{person.url ? <a href={person.url}>{person.name}</a> : person.name}</p>
          {person.jobTitle && <p className="role">{person.jobTitle}</p>}
          {person.description && <p className="bio">{person.description}</p>}
        </div>
      </div>
    </div>
  );
}

export function LatestNews({ items, locale }) {
  const format = useMemo(() => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }), [locale]);
  return (
    <section className="latest-news">
      <h2 className="label">{labels.latestNews}</h2>
      <ul>
        {items.map((story, index) => (
          <li key={story.url ?? index}>
            {story.url ? <a href={story.url}>{story.headline}</a> : <span>{story.headline}</span>}{' '}
            {story.datePublished && (
              <time dateTime={story.datePublished}>{format.format(new Date(story.datePublished))}</time>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The whole page; `locale` overrides the article's `inLanguage` for dates and lists. */
export function NewsArticle({ article, locale: localeOverride }) {
  const locale = localeOverride ?? article.inLanguage ?? document.documentElement.lang;
  const sections = article.sections ?? [];
  const latest = article.latest ?? [];
  return (
    <div className="na-page" lang={article.inLanguage} dir="ltr">
      <div className={latest.length > 0 ? 'na-layout has-aside' : 'na-layout'}>
        <article className="na-article" tabIndex={-1} aria-labelledby="headline">
          <header className="na-header">
            {article.articleSection && <p className="na-kicker">{article.articleSection}</p>}
            <h1 className="na-headline" id="headline">
              {article.headline}
            </h1>
            {article.description && <p className="na-standfirst">{article.description}</p>}
            <Byline article={article} locale={locale} />
            {article.image && <Figure image={article.image} />}
          </header>
          <div className="na-body">
            {sections.map((section, index) => (
              <Section
                key={index}
                section={section}
                dateline={index === 0 ? article.dateline : undefined}
                date={index === 0 ? article.datePublished : undefined}
                locale={locale}
              />
            ))}
          </div>
          <footer className="na-authors">
            {asList(article.author).map((person, index) => (
              <AuthorCard key={index} person={person} />
            ))}
          </footer>
        </article>
        {latest.length > 0 && (
          <aside className="na-aside" aria-label={labels.latestNews}>
            <LatestNews items={latest} locale={locale} />
          </aside>
        )}
      </div>
    </div>
  );
}
