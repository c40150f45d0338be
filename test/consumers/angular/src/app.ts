import { Component, CUSTOM_ELEMENTS_SCHEMA, signal } from '@angular/core';
import type { ArticleData, NewsErrorDetail } from 'news-elements';
import 'news-elements/define/news-article';
import seed from './seed-article.json';

/**
 * The article as an Angular app renders it: `[article]` sets the element's property to the
 * object itself, and `(news-error)` reaches the component's handler.
 */
@Component({
  selector: 'app-root',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <news-article id="good" [article]="article" (news-error)="onError('good', $event)"></news-article>
    <news-article id="bad" [article]="badArticle" (news-error)="onError('bad', $event)"></news-article>
    <ul id="problems">
      @for (problem of problems(); track $index) {
        <li>{{ problem.article }}: {{ problem.element }} {{ problem.field }}</li>
      }
    </ul>
  `,
})
export class App {
  protected readonly article = seed as ArticleData;
  // A CMS mistake: the article's own link is a script URL, which the element drops and reports.
  protected readonly badArticle: ArticleData = { ...this.article, url: 'javascript:alert(1)' };
  protected readonly problems = signal<(NewsErrorDetail & { article: string })[]>([]);

  protected onError(article: string, event: Event): void {
    const { detail } = event as CustomEvent<NewsErrorDetail>;
    this.problems.update((problems) => [...problems, { ...detail, article }]);
  }
}
