// Character tests on UTF-16 units, for loops that look at one character at a time: a regular
// expression per character costs a call and, for `text[i]`, a one-character string.

/** Whether the unit is white space as JavaScript's `\s` defines it (false past the text's end: NaN). */
export function isWhiteSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/** The offset after the white space starting at `pos`, stopping at `end`. */
export function skipWhiteSpace(text: string, pos: number, end: number): number {
  while (pos < end && isWhiteSpace(text.charCodeAt(pos))) pos++;
  return pos;
}

/** The offset before the white space ending at `pos`, stopping at `start`. */
export function skipWhiteSpaceBack(text: string, pos: number, start = 0): number {
  while (pos > start && isWhiteSpace(text.charCodeAt(pos - 1))) pos--;
  return pos;
}
