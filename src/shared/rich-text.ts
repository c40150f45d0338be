/**
 * The text of an `html` field. Rich text is shown as its plain text for now: the markup is
 * parsed in an inert document (nothing loads or runs there) and only its text is kept.
 */
export function textOfHtml(markup: string): string {
  const doc = new DOMParser().parseFromString(markup, 'text/html');
  // Their text is code, or (noscript) meant only for readers without JavaScript, never prose.
  for (const element of doc.body.querySelectorAll('script, style, noscript')) element.remove();
  return doc.body.textContent ?? '';
}

export function richText(content: { text?: string; html?: string }): string {
  return content.html !== undefined ? textOfHtml(content.html) : (content.text ?? '');
}
