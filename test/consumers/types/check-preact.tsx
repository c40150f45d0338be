/* Compiled, never run: the `news-elements/preact` types under Preact's JSX. */
import type { ArticleData, NewsErrorDetail } from 'news-elements';
import type {} from 'news-elements/preact';

declare const data: ArticleData;
declare function report(detail: NewsErrorDetail): void;

export const page = (
  <news-article
    article={data}
    locale="en-GB"
    time-zone="Asia/Kuala_Lumpur"
    no-skip-link
    onnews-error={(event) => report(event.detail)}
  >
    <latest-news
      slot="aside"
      items={[{ headline: 'Ringgit edges higher', url: '/markets/ringgit' }]}
      level={3}
    ></latest-news>
  </news-article>
);
// @ts-expect-error `article` takes ArticleData or its JSON text, not a number.
export const wrongProp = <news-article article={42} />;
// @ts-expect-error `news-error` carries a CustomEvent, not a MouseEvent.
export const wrongListener = <news-article onnews-error={(event: MouseEvent) => event} />;
