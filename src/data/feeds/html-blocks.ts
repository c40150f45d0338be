/**
 * A post's HTML body (WordPress `content.rendered`) as the contract's sections and blocks:
 * headings start sections, paragraphs keep their inline HTML (sanitised later like every `html`
 * field), lists, quotes and images become their blocks. It reads the markup with a small,
 * linear tokenizer, so the same post gives the same article in every browser and in Node.
 */
import type { Problems } from '../parse.js';
import type { BlockData, ImageData, ListItemData, SectionData } from '../types.js';
import { feedUrl, pixels } from './common.js';
import { decodeCharacterReferences } from '../character-references.js';
import { escapeHtml, htmlToText, isMarkupDeclaration, tagEnd, tagName } from './text.js';

interface TextNode {
  name: '#text';
  start: number;
  end: number;
}

interface ElementNode {
  name: string;
  children: Node[];
  /** Where the element starts and ends in the markup, and where its content does. */
  start: number;
  end: number;
  innerStart: number;
  innerEnd: number;
}

type Node = TextNode | ElementNode;

const voidElements = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);
const rawTextElements = new Set(['script', 'style', 'textarea', 'title', 'iframe', 'noscript', 'template', 'xmp']);
/** Start tags that end an open paragraph (HTML's "p end tag is implied" rule, in short). */
const closesParagraph =
  /^(?:address|article|aside|blockquote|details|div|dl|fieldset|figcaption|figure|footer|form|h[1-6]|header|hr|main|nav|ol|p|pre|section|table|ul)$/;
/** Nesting deeper than this is not real content; deeper elements are read as siblings. */
const maxDepth = 64;

const attributePattern = /([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

/** The element's attributes, read from its start tag only when asked for (most elements never are). */
function readAttributes(tag: string): Map<string, string> {
  const attributes = new Map<string, string>();
  const inside = tag.replace(/^<[^\s/>]+/, '').replace(/\/?>$/, '');
  for (const match of inside.matchAll(attributePattern)) {
    const name = match[1]!.toLowerCase();
    if (!attributes.has(name)) attributes.set(name, decodeCharacterReferences(match[2] ?? match[3] ?? match[4] ?? ''));
  }
  return attributes;
}

/** The markup as a tree of elements and text runs, with their places in the markup. */
function tokenize(markup: string): Node[] {
  const lower = markup.toLowerCase();
  const root: ElementNode = {
    name: '#root',
    children: [],
    start: 0,
    end: markup.length,
    innerStart: 0,
    innerEnd: markup.length,
  };
  const open: ElementNode[] = [root];
  const close = (depth: number, at: number, end: number) => {
    while (open.length > depth) {
      const element = open.pop()!;
      element.innerEnd = at;
      element.end = end;
    }
  };
  const current = () => open[open.length - 1]!;
  let index = 0;
  let stop = markup.length;
  while (index < markup.length) {
    const lt = markup.indexOf('<', index);
    const textEnd = lt === -1 ? markup.length : lt;
    if (textEnd > index) current().children.push({ name: '#text', start: index, end: textEnd });
    if (lt === -1) break;
    if (markup.startsWith('<!--', lt)) {
      const commentEnd = markup.indexOf('-->', lt + 4);
      index = commentEnd === -1 ? markup.length : commentEnd + 3;
      continue;
    }
    const name = tagName(markup, lt);
    if (!name && !isMarkupDeclaration(markup, lt)) {
      current().children.push({ name: '#text', start: lt, end: lt + 1 });
      index = lt + 1;
      continue;
    }
    const end = tagEnd(markup, lt);
    if (end === -1) {
      // A tag cut off by the end of the markup: what came before it is all there is.
      stop = lt;
      break;
    }
    index = end;
    if (!name) continue;
    if (markup[lt + 1] === '/') {
      const depth = open.findLastIndex((element) => element.name === name);
      if (depth > 0) close(depth, lt, end);
      continue;
    }
    if (closesParagraph.test(name)) {
      const paragraph = open.findLastIndex((element) => element.name === 'p');
      if (paragraph > 0) close(paragraph, lt, lt);
    }
    if (name === 'li') {
      const item = open.findLastIndex((element) => element.name === 'li');
      const list = open.findLastIndex((element) => element.name === 'ul' || element.name === 'ol');
      if (item > list && item > 0) close(item, lt, lt);
    }
    const element: ElementNode = {
      name,
      children: [],
      start: lt,
      end,
      innerStart: end,
      innerEnd: end,
    };
    current().children.push(element);
    if (rawTextElements.has(name)) {
      const closer = lower.indexOf(`</${name}`, end);
      element.innerEnd = closer === -1 ? markup.length : closer;
      element.end = closer === -1 ? markup.length : Math.max(tagEnd(markup, closer), closer + 1);
      index = element.end;
    } else if (!voidElements.has(name) && markup[end - 2] !== '/' && open.length < maxDepth) {
      open.push(element);
    }
  }
  close(1, stop, stop);
  return root.children;
}

/** Top-level elements a reader never sees or that could run code: left out, and reported. */
const reportedElements = new Set(['script', 'style', 'object', 'embed', 'form', 'applet', 'frameset']);
/** Elements left out quietly: page furniture with nothing for the reader. */
const quietElements = new Set(['hr', 'noscript', 'template', 'link', 'meta', 'input', 'button', 'base']);
/** Wrappers whose content is read as if it stood on its own. */
const containers = new Set([
  'div',
  'section',
  'article',
  'main',
  'header',
  'footer',
  'aside',
  'nav',
  'details',
  'center',
  'fieldset',
  'figure',
]);
/** Block elements read as one paragraph each. */
const paragraphLike = new Set(['p', 'pre', 'address', 'dt', 'dd', 'li', 'figcaption', 'summary', 'caption', 'legend']);

/** Reads the body; `path` names it in problems (`content.rendered`). */
class BodyReader {
  readonly sections: SectionData[] = [{ blocks: [] }];
  private loose = '';
  private readonly reported = new Set<string>();

  constructor(
    private readonly markup: string,
    private readonly path: string,
    private readonly problems: Problems,
    private readonly base: string | undefined,
  ) {}

  read(nodes: Node[]): void {
    for (const node of nodes) {
      if (node.name === '#text') this.loose += this.markup.slice(node.start, node.end);
      else this.element(node as ElementNode);
    }
    this.flush();
  }

  private get blocks(): BlockData[] {
    return this.sections[this.sections.length - 1]!.blocks;
  }

  private attributes = (element: ElementNode) => readAttributes(this.markup.slice(element.start, element.innerStart));
  private inner = (element: ElementNode) => this.markup.slice(element.innerStart, element.innerEnd);
  private outer = (node: Node) => this.markup.slice(node.start, node.end);

  private report(what: string, reason: string): void {
    if (this.reported.has(what)) return;
    this.reported.add(what);
    this.problems.add(this.path, `${what} ${reason}`);
  }

  /** Inline content met between blocks becomes a paragraph of its own. */
  private flush(): void {
    const markup = this.loose.trim();
    this.loose = '';
    if (htmlToText(markup)) this.blocks.push({ type: 'paragraph', html: markup });
  }

  private element(element: ElementNode): void {
    const name = element.name;
    const isBlock =
      name === 'img' ||
      /^h[1-6]$/.test(name) ||
      ['ul', 'ol', 'dl', 'blockquote', 'table', 'iframe', 'video', 'audio'].includes(name) ||
      reportedElements.has(name) ||
      quietElements.has(name) ||
      containers.has(name) ||
      paragraphLike.has(name);
    if (!isBlock) {
      this.loose += this.outer(element);
      return;
    }
    this.flush();
    if (/^h[1-6]$/.test(name)) {
      const heading = htmlToText(this.inner(element));
      if (heading) this.sections.push({ heading, id: this.attributes(element).get('id') || undefined, blocks: [] });
    } else if (name === 'ul' || name === 'ol') {
      const items = this.listItems(element);
      if (items.length > 0) this.blocks.push({ type: 'list', ordered: name === 'ol', items });
    } else if (name === 'dl') {
      this.definitionList(element);
    } else if (name === 'blockquote') {
      this.quote(element);
    } else if (name === 'table') {
      this.table(element);
    } else if (name === 'img') {
      this.figure(element, undefined);
    } else if (name === 'iframe' || name === 'video' || name === 'audio') {
      this.mediaLink(element);
    } else if (name === 'figure') {
      const image = descendants(element).find((node) => node.name === 'img');
      const caption = descendants(element).find((node) => node.name === 'figcaption');
      if (image) this.figure(image, caption && htmlToText(this.inner(caption)));
      else this.read(element.children.filter((child) => child !== caption));
    } else if (name === 'p' && isOnlyImage(element, this.markup)) {
      this.figure(
        descendants(element).find((node) => node.name === 'img')!,
        undefined,
      );
    } else if (paragraphLike.has(name)) {
      const markup = this.inner(element).trim();
      if (htmlToText(markup)) this.blocks.push({ type: 'paragraph', html: markup });
    } else if (containers.has(name)) {
      this.read(element.children);
    } else if (reportedElements.has(name)) {
      this.report(`<${name}>`, 'was left out');
    }
  }

  private listItems(list: ElementNode): ListItemData[] {
    const items: ListItemData[] = [];
    for (const child of list.children) {
      if (child.name !== 'li') continue;
      const item = child as ElementNode;
      const nested = item.children.filter((node) => node.name === 'ul' || node.name === 'ol') as ElementNode[];
      const html = item.children
        .filter((node) => !nested.includes(node as ElementNode))
        .map(this.outer)
        .join('')
        .trim();
      const nestedItems = nested.flatMap((inner) => this.listItems(inner));
      const text = htmlToText(html);
      if (!text && nestedItems.length === 0) continue;
      items.push(nestedItems.length > 0 ? { ...(text ? { html } : {}), items: nestedItems } : { html });
    }
    return items;
  }

  private definitionList(list: ElementNode): void {
    const items: ListItemData[] = [];
    for (const child of list.children) {
      if (child.name === 'dt') items.push({ term: htmlToText(this.inner(child as ElementNode)) });
      else if (child.name === 'dd') {
        const last = items[items.length - 1];
        const html = this.inner(child as ElementNode).trim();
        if (typeof last === 'object' && last.html === undefined) last.html = html;
        else items.push({ html });
      }
    }
    const kept = items.filter((item) => typeof item === 'object' && (item.term || htmlToText(item.html ?? '')));
    if (kept.length > 0) this.blocks.push({ type: 'list', items: kept });
  }

  private quote(quote: ElementNode): void {
    const cites = descendants(quote).filter((node) => node.name === 'cite' || node.name === 'footer');
    const text = htmlToText(
      quote.children
        .filter((node) => !cites.includes(node as ElementNode))
        .map(this.outer)
        .join(' '),
    );
    const cite = cites.map((node) => htmlToText(this.inner(node))).find(Boolean);
    if (text) this.blocks.push(cite ? { type: 'quote', text, cite } : { type: 'quote', text });
  }

  private table(table: ElementNode): void {
    const rows = descendants(table).filter((node) => node.name === 'tr');
    for (const row of rows) {
      const cells = row.children.filter((node) => node.name === 'td' || node.name === 'th') as ElementNode[];
      const html = cells
        .map((cell) => this.inner(cell).trim())
        .filter((cell) => htmlToText(cell))
        .join(' · ');
      if (html) this.blocks.push({ type: 'paragraph', html });
    }
    if (rows.length > 0) this.report('a <table>', 'was shown as one paragraph a row');
  }

  private figure(image: ElementNode, caption: string | undefined): void {
    const attributes = this.attributes(image);
    // Lazy-loading plugins put the real address in data-src and a placeholder in src.
    const source = ['data-src', 'data-lazy-src', 'src'].find((name) => attributes.get(name)?.trim());
    const url =
      source && feedUrl(attributes.get(source), this.path, this.problems, this.base, `an <img> ${source} URL that`);
    if (!url) return;
    const picture: Exclude<ImageData, string> = { url, alt: attributes.get('alt')?.trim() ?? '' };
    const width = pixels(attributes.get('width'));
    const height = pixels(attributes.get('height'));
    if (width && height) Object.assign(picture, { width, height });
    if (caption) picture.caption = caption;
    this.blocks.push({ type: 'figure', image: picture });
  }

  /** An embedded player becomes a plain link to what it plays: nothing from the provider loads. */
  private mediaLink(element: ElementNode): void {
    const sourceElement = descendants(element).find((node) => node.name === 'source');
    const attributes = this.attributes(element);
    const src = attributes.get('src') ?? (sourceElement && this.attributes(sourceElement).get('src'));
    const url = feedUrl(src, this.path, this.problems, this.base, `an <${element.name}> src URL that`);
    if (!url) return;
    const title = attributes.get('title')?.trim() || url;
    this.blocks.push({ type: 'paragraph', html: `<a href="${escapeHtml(url)}">${escapeHtml(title)}</a>` });
  }
}

function descendants(element: ElementNode): ElementNode[] {
  const found: ElementNode[] = [];
  const visit = (node: Node) => {
    if (node.name === '#text') return;
    const child = node as ElementNode;
    found.push(child);
    child.children.forEach(visit);
  };
  element.children.forEach(visit);
  return found;
}

/** A paragraph holding an image (maybe linked) and no text: the classic editor's way to place one. */
function isOnlyImage(paragraph: ElementNode, markup: string): boolean {
  return (
    descendants(paragraph).some((node) => node.name === 'img') &&
    htmlToText(markup.slice(paragraph.innerStart, paragraph.innerEnd)) === ''
  );
}

/**
 * The sections of an HTML body. The opening section (before the first heading) has no heading
 * and is left out when empty; a heading of any level starts a section.
 */
export function sectionsFromHtml(markup: string, path: string, problems: Problems, base?: string): SectionData[] {
  const reader = new BodyReader(markup, path, problems, base);
  reader.read(tokenize(markup));
  return reader.sections.filter((section, index) => index > 0 || section.blocks.length > 0);
}
