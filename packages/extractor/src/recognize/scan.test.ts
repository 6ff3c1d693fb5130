import { describe, expect, it } from 'vitest';
import { WordIndex, triggerWords, wordAt } from './scan.js';

describe('wordAt', () => {
  it('reads the letters and digits starting at a position, as [\\p{L}\\p{N}]+ does', () => {
    const text = 'Ban Chỉ đạo 35, (Đảng) 𝐀bc x𝐀y';
    for (let pos = 0; pos <= text.length; pos++) expect(wordAt(text, pos), `at ${pos}`).toBe(/[\p{L}\p{N}]+/uy.exec(text.slice(pos))?.[0]);
    expect(wordAt(text, 4)).toBe('Chỉ');
    expect(wordAt(text, 3)).toBeUndefined();
  });
});

describe('WordIndex', () => {
  it('finds the words of a trigger set, and only whole words', () => {
    const index = new WordIndex('Thành ủy họp. Thành phố, Thànhủy và thành ủy');
    const triggers = triggerWords(['Thành ủy'], false);
    expect(index.triggered(triggers, 0, index.text.length)).toEqual([0, 14]);
    expect(index.triggered(triggerWords(['Thành ủy']), 0, index.text.length)).toEqual([0, 14, 36]);
    expect(index.triggered(triggers, 1, 20)).toEqual([14]);
  });
});
