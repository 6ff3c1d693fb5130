// Characters XML 1.0 cannot carry at all (C0 controls other than tab/newline/return, U+FFFE/U+FFFF,
// lone surrogates). Each becomes one space, so evidence offsets into the text stay valid.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const XML_ILLEGAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export const xmlSafe = (text: string): string => text.replace(XML_ILLEGAL, ' ');

/**
 * A GEXF 1.3 `liststring` value with every item double-quoted: `["a, b", "c"]`.
 * graphology-gexf 0.13 leaves items without quotes bare, so an item holding a comma
 * ("Ban Chỉ đạo phòng, chống tham nhũng") would be read back as several items.
 * JSON string syntax is what its list parser (and Gephi's) understands inside quotes.
 */
export function encodeStringList(items: readonly string[]): string {
  return `[${items.map((item) => JSON.stringify(xmlSafe(item))).join(', ')}]`;
}
