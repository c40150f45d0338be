/** Shortcuts for the parser tests: parse an article and read its problems. */
import { expect } from '@open-wc/testing';
import { Problems, parseArticle, type Article, type DataProblem } from '../../src/data/index.js';

export function parse(value: unknown): { article: Article | undefined; problems: DataProblem[] } {
  const problems = new Problems();
  const article = parseArticle(value, problems);
  return { article, problems: problems.list };
}

/** Parses and expects exactly one problem, under `field`; returns the article and the reason. */
export function parseWithOneProblem(value: unknown, field: string): { article: Article; reason: string } {
  const { article, problems } = parse(value);
  expect(
    problems.map((problem) => problem.field),
    'fields reported',
  ).to.deep.equal([field]);
  expect(article, 'the rest of the article').to.exist;
  return { article: article!, reason: problems[0]!.reason };
}
