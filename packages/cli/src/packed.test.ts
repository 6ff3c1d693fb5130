// Packing an extraction for the trip between threads and into the cache loses nothing.
import { describe, expect, it } from 'vitest';
import { extract } from '@vnkg/extractor';
import { isWholePacked, pack, unpack } from './packed.js';

const article = {
  id: 'p1',
  text: 'Bí thư Thành ủy TPHCM Nguyễn Văn Nên chủ trì hội nghị. Quốc hội thông qua Nghị quyết 98/2023/QH15 về thí điểm cơ chế đặc thù cho TPHCM.',
};

describe('pack / unpack', () => {
  it('round-trips an extraction, storing each sentence once, and survives JSON and structured cloning', () => {
    const original = extract(article);
    const packed = pack(extract(article));
    expect(packed.evidence.length / 5).toBeGreaterThan(packed.sentences.length);
    expect(new Set(packed.sentences).size).toBe(packed.sentences.length);
    expect(packed.docs).toEqual(['p1']);
    expect(JSON.stringify(packed).length).toBeLessThan(JSON.stringify(original).length);
    expect(isWholePacked(packed)).toBe(true);
    expect(unpack(structuredClone(packed))).toEqual(original);
    expect(unpack(JSON.parse(JSON.stringify(packed)) as typeof packed)).toEqual(original);
  });

  it('shares one string per sentence among the evidence records of an article', () => {
    const unpacked = unpack(structuredClone(pack(extract(article))));
    const records = [...unpacked.entities.flatMap((e) => e.mentions), ...unpacked.relations.map((r) => r.evidence)];
    const bySentence = new Map<number, string>();
    for (const r of records) {
      const known = bySentence.get(r.sentenceStart);
      if (known === undefined) bySentence.set(r.sentenceStart, r.sentence);
      else expect(Object.is(known, r.sentence)).toBe(true);
    }
  });

  it('unpacks in place: the packed entities and relations become those of the extraction, not copies', () => {
    const packed = structuredClone(pack(extract(article)));
    const unpacked = unpack(packed);
    expect(unpacked.entities).toBe(packed.entities);
    expect(unpacked.relations).toBe(packed.relations);
    expect(unpacked).toEqual(extract(article));
  });

  it('finds a packed extraction whose counts or references do not add up not whole', () => {
    const packed = pack(extract(article));
    const evidence = packed.evidence;
    expect(isWholePacked({ ...packed, evidence: evidence.slice(5) })).toBe(false);
    expect(isWholePacked({ ...packed, evidence: evidence.map((n, i) => (i % 5 === 1 ? packed.sentences.length : n)) })).toBe(false);
    expect(isWholePacked({ ...packed, evidence: evidence.map((n, i) => (i % 5 === 0 ? 1 : n)) })).toBe(false);
    expect(isWholePacked({ ...packed, evidence: evidence.map((n, i) => (i === 3 ? -1 : n)) })).toBe(false);
    expect(isWholePacked({ ...packed, mentionCounts: packed.mentionCounts.slice(1) })).toBe(false);
    expect(isWholePacked({ ...packed, mentionCounts: packed.mentionCounts.map((n, i) => (i === 0 ? n + 1 : n)) })).toBe(false);
    expect(isWholePacked({ ...packed, sentences: undefined as unknown as string[] })).toBe(false);
    expect(isWholePacked({ sentences: [], docs: [], evidence: [] })).toBe(false);
  });
});
