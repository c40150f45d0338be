import type { ArticleData, NewsErrorDetail } from 'news-elements';
import { ArticleSection, AuthorCard, BulletList, LatestNews, NewsArticle, SkipLink } from 'news-elements/react';

interface StoryProps {
  article: ArticleData;
  onProblem: (detail: NewsErrorDetail) => void;
}

/** The article as a React app renders it: data as a property, problems through `onNewsError`. */
export function Story({ article, onProblem }: StoryProps) {
  return <NewsArticle article={article} onNewsError={(event) => onProblem(event.detail)} />;
}

/** The other five wrappers on their own; `data-expect` is the text each must show in its shadow root. */
export function Parts() {
  return (
    <>
      <ArticleSection
        heading="Why Malaysia"
        blocks={['Malaysia serves as a strategic venue for the talks.']}
        data-expect="Why Malaysia"
      />
      <BulletList
        items={[{ term: 'Investor caution:', text: 'Markets may remain volatile.' }]}
        data-expect="Investor caution:"
      />
      <AuthorCard author={{ name: 'Siti', jobTitle: 'News writer' }} data-expect="News writer" />
      <LatestNews
        items={[{ headline: 'Ringgit edges higher', url: '/markets/ringgit' }]}
        data-expect="Ringgit edges higher"
      />
      <SkipLink target="good" data-expect="Skip to content" />
    </>
  );
}

/** Never rendered: proves the wrapper's props are typed, so a wrong one is a compile error. */
export function WrongProp() {
  // @ts-expect-error `article` takes ArticleData or its JSON text, not a number.
  return <NewsArticle article={42} />;
}
