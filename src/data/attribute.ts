/**
 * Data as the value of a single-quoted HTML attribute, for a server or a static page that writes
 * `<news-article article='…'>`: the JSON text with `&` and `'` written as character references.
 * The HTML parser turns them back, so the element reads exactly this JSON: a quote in the data
 * cannot end the attribute, and text such as `&lt;` or `&amp;` stays as it was written instead
 * of being decoded on the way.
 */
export function jsonAttribute(data: unknown): string {
  return JSON.stringify(data).replaceAll('&', '&amp;').replaceAll("'", '&#39;');
}
