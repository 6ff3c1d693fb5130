import { describe, expect, it } from 'vitest';
import { isWhiteSpace, skipWhiteSpace, skipWhiteSpaceBack } from './chars.js';

describe('isWhiteSpace', () => {
  it('agrees with \\s on every UTF-16 unit', () => {
    const differ: number[] = [];
    for (let c = 0; c < 0x10000; c++) if (isWhiteSpace(c) !== /\s/.test(String.fromCharCode(c))) differ.push(c);
    expect(differ).toEqual([]);
  });

  it('is false past the end of a text', () => {
    expect(isWhiteSpace('a'.charCodeAt(5))).toBe(false);
  });
});

describe('skipping white space', () => {
  const text = 'a \u00a0\t b';
  it('moves forward over it, never past the bound', () => {
    expect(skipWhiteSpace(text, 1, text.length)).toBe(5);
    expect(skipWhiteSpace(text, 1, 3)).toBe(3);
    expect(skipWhiteSpace(text, 0, text.length)).toBe(0);
  });

  it('moves back over it, never before the bound', () => {
    expect(skipWhiteSpaceBack(text, 5)).toBe(1);
    expect(skipWhiteSpaceBack(text, 5, 3)).toBe(3);
    expect(skipWhiteSpaceBack(text, 1)).toBe(1);
  });
});
