// The lexicon's alternations are tries of their phrases: they must match exactly what the flat,
// longest-first list of the same phrases matches.
import { describe, expect, it } from 'vitest';
import { defaultLexicon } from '../lexicon/index.js';
import { alternation, escape, flexible, flexibleFirst } from './patterns.js';

const literal = (p: string) => escape(p).replace(/ /g, '[^\\S\\n]+');

/** The flat form the trie replaces: every phrase in turn, longest first. */
function flat(phrases: string[], transform: (p: string) => string): string {
  return `(?:${[...new Set(phrases)].sort((a, b) => b.length - a.length).map(transform).join('|')})`;
}

/** What `source` matches at every position of `text`, whole and followed by a non-letter. */
function matches(source: string, text: string): Array<string | null> {
  const re = new RegExp(`${source}(?![\\p{L}\\p{N}])`, 'uy');
  return [...text].map((_, i) => {
    re.lastIndex = i;
    return re.exec(text)?.[0] ?? null;
  });
}

describe('alternation', () => {
  it('prefers the longest phrase and falls back to a shorter one when the rest does not follow', () => {
    const re = new RegExp(`^${alternation(['Hà Nội', 'Hà Nội mới', 'Hà Nam', 'Hải Phòng'])}(?![\\p{L}])`, 'u');
    expect(re.exec('Hà Nội mới đây')?.[0]).toBe('Hà Nội mới');
    expect(re.exec('Hà Nội mớii')?.[0]).toBe('Hà Nội');
    expect(re.exec('Hà  Nam')?.[0]).toBe('Hà  Nam');
    expect(re.exec('Hà\nNam')).toBeNull();
    expect(re.exec('Hải Phòng')?.[0]).toBe('Hải Phòng');
  });

  it('shares prefixes instead of listing every phrase', () => {
    const source = alternation(['Phó Bí thư', 'Phó Bí thư Thường trực', 'Phó Chủ tịch'], flexible);
    expect(source.match(/\[Pp\]hó/g)).toHaveLength(1);
  });

  it.each([
    ['places', defaultLexicon.places.flatMap((p) => [p.name, ...(p.variants ?? []), ...(p.fullForms ?? [])]), literal],
    ['titles', defaultLexicon.titles, flexible],
    ['document kinds', defaultLexicon.documentKinds.map((d) => d.word), flexibleFirst],
  ] as const)('matches what the flat list matches, for the lexicon’s %s', (_what, phrases, transform) => {
    const text = [...phrases].map((p, i) => (i % 3 === 0 ? p.toLowerCase() : i % 3 === 1 ? `${p} mới` : `${p}x`)).join(' và ');
    expect(matches(alternation(phrases, transform), text)).toEqual(matches(flat([...phrases], transform), text));
  });
});
