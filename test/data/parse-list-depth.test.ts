import { expect } from '@open-wc/testing';
import { Problems, parseListItems } from '../../src/data/index.js';
import { maxListItems } from '../../src/data/parse.js';

describe('list nesting depth', () => {
  /** A list `levels` deep: each level one item with text and, below the last, nothing. */
  function nestedItems(levels: number): unknown[] {
    let items: unknown[] = [{ text: `Level ${levels}` }];
    for (let level = levels - 1; level >= 1; level -= 1) items = [{ text: `Level ${level}`, items }];
    return items;
  }

  function depthOf(items: { items: unknown[] }[]): number {
    let depth = 0;
    let current = items;
    while (current.length > 0) {
      depth += 1;
      current = current[0]!.items as { items: unknown[] }[];
    }
    return depth;
  }

  it('keeps eight levels of nesting without a problem', () => {
    const problems = new Problems();
    const items = parseListItems(nestedItems(8), 'items', problems);
    expect(problems.list).to.deep.equal([]);
    expect(depthOf(items)).to.equal(8);
  });

  it('keeps eight levels when the deepest items have an empty items list', () => {
    const problems = new Problems();
    const deepest = nestedItems(8);
    let level = deepest as { items?: unknown[] }[];
    for (let step = 1; step < 8; step += 1) level = level[0]!.items as { items?: unknown[] }[];
    level[0]!.items = [];
    const items = parseListItems(deepest, 'items', problems);
    expect(problems.list).to.deep.equal([]);
    expect(depthOf(items)).to.equal(8);
  });

  it('shows a ninth level at the eighth, reporting where', () => {
    const problems = new Problems();
    const items = parseListItems(nestedItems(9), 'items', problems);
    expect(depthOf(items)).to.equal(8);
    let deepest = items;
    for (let level = 1; level < 8; level += 1) deepest = deepest[0]!.items;
    expect(deepest.map((item) => item.text)).to.deep.equal(['Level 8', 'Level 9']);
    expect(problems.list).to.deep.equal([
      {
        field: `items${'[0].items'.repeat(8)}`,
        reason: 'nests lists deeper than 8 levels; the deeper items are shown at level 8',
      },
    ]);
  });

  it('survives hostile nesting thousands of levels deep with one problem for each limit', () => {
    const problems = new Problems();
    const items = parseListItems(nestedItems(5000), 'items', problems);
    expect(depthOf(items)).to.equal(8);
    expect(problems.list.map((problem) => problem.reason)).to.deep.equal([
      'nests lists deeper than 8 levels; the deeper items are shown at level 8',
      `is past the ${maxListItems} items a list may have; the rest were left out`,
    ]);
  });

  it('shows an item whose only content was nested too deep at the eighth level', () => {
    const problems = new Problems();
    let items: unknown[] = ['Too deep'];
    for (let level = 0; level < 8; level += 1) items = [{ items }];
    const parsed = parseListItems(items, 'items', problems);
    let deepest = parsed;
    for (let level = 1; level < 8; level += 1) deepest = deepest[0]!.items;
    expect(deepest.map((item) => item.text)).to.deep.equal(['Too deep']);
    expect(problems.list.map((problem) => problem.reason)).to.deep.equal([
      'nests lists deeper than 8 levels; the deeper items are shown at level 8',
    ]);
  });
});
