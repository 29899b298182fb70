/**
 * The single escaping point for every string that reaches chart markup.
 * Charts are injected with set:html, so anything from data (labels, titles,
 * units, descriptions) must be inert both as XML text and inside attributes.
 */
const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

// Characters that are illegal in XML 1.0 would make a downloaded .svg unparseable.
// eslint-disable-next-line no-control-regex
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** Escape `& < > " '` (and drop XML-illegal control characters). Safe for text and attribute values. */
export function escapeXml(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  return String(value)
    .replace(INVALID_XML, '')
    .replace(/[&<>"']/g, (ch) => ENTITIES[ch] ?? ch);
}
