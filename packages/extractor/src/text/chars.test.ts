import { describe, expect, it } from 'vitest';
import { isWhiteSpace } from './chars.js';

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
