// Escaping text for XML/SVG/HTML: markup characters become entities, characters XML 1.0 forbids are dropped.

// Control characters other than tab/newline/CR, the non-characters U+FFFE/U+FFFF and lone surrogates are not
// allowed in XML 1.0 at all, not even as entities: a parser stops at them, so they are removed.
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeXml(text: string): string {
  return text.replace(FORBIDDEN, '').replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}
