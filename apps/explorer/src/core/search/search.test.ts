import { describe, expect, it } from 'vitest';
import { emptyExplorerGraph } from '../graph/create';
import { buildSearchIndex, searchEntities } from './index';
import { searchForm } from './normalize';

describe('searchForm', () => {
  it('drops diacritics and case, đ included', () => {
    expect(searchForm('Nguyễn Văn Nên')).toBe('nguyen van nen');
    expect(searchForm('Đảng bộ')).toBe('dang bo');
    expect(searchForm('ĐẠI HỘI')).toBe('dai hoi');
  });
  it('reads punctuation as spaces and unifies decomposed input', () => {
    expect(searchForm('TP.HCM')).toBe('tp hcm');
    expect(searchForm('Nghị quyết 98/2023/QH15')).toBe('nghi quyet 98 2023 qh15');
    expect(searchForm('Thành ủy'.normalize('NFD'))).toBe('thanh uy');
  });
});

function sampleGraph() {
  const g = emptyExplorerGraph();
  const node = (key: string, label: string, type: 'person' | 'organization', aliases: string[] = []) =>
    g.addNode(key, { label, type, aliases: [label, ...aliases], docs: ['a'], lang: ['vi'], mentions: 1, evidence: [], x: 0, y: 0 });
  node('person:nen', 'Nguyễn Văn Nên', 'person');
  node('person:nen2', 'Nguyễn Văn Nênh', 'person');
  node('org:tu', 'Thành ủy TPHCM', 'organization', ['Thành ủy Thành phố Hồ Chí Minh']);
  node('org:db', 'Đảng bộ TPHCM', 'organization');
  g.addDirectedEdge('person:nen', 'org:tu', { type: 'holds_position', role: 'Bí thư', evidence: [], weight: 1 });
  return g;
}

describe('searchEntities', () => {
  const index = buildSearchIndex(sampleGraph());
  it('finds "Nguyễn Văn Nên" from "nguyen van nen", exact match first', () => {
    const hits = searchEntities(index, 'nguyen van nen');
    expect(hits.map((h) => h.key)).toEqual(['person:nen', 'person:nen2']);
  });
  it('matches aliases and says which one', () => {
    const [hit] = searchEntities(index, 'thanh pho ho chi minh');
    expect(hit).toMatchObject({ key: 'org:tu', via: 'Thành ủy Thành phố Hồ Chí Minh' });
  });
  it('matches "thanh uy" and d for đ', () => {
    expect(searchEntities(index, 'thanh uy')[0]?.key).toBe('org:tu');
    expect(searchEntities(index, 'dang bo')[0]?.key).toBe('org:db');
  });
  it('matches words in any order, and nothing for blank or unknown queries', () => {
    expect(searchEntities(index, 'tphcm dang')[0]?.key).toBe('org:db');
    expect(searchEntities(index, '   ')).toEqual([]);
    expect(searchEntities(index, 'zzz')).toEqual([]);
  });
});
