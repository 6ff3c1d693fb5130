import { describe, expect, it } from 'vitest';
import type { GoldFile } from './gold.js';
import { scoreGraph, type SystemGraph } from './score.js';
import { formatExplanation } from './report.js';

// One gold file and one system graph holding one error of each kind.
const gold: GoldFile = {
  entities: [
    { id: 'p1', type: 'person', name: 'Nguyễn Văn Nên' },
    { id: 'p2', type: 'person', name: 'Trần Lưu Quang' },
    { id: 'p3', type: 'person', name: 'Lê Minh Hoan' },
    { id: 'p4', type: 'person', name: 'Phan Văn Mãi' },
    { id: 'o1', type: 'organization', name: 'Thành ủy TPHCM' },
    { id: 'o2', type: 'organization', name: 'Ban Tuyên giáo Thành ủy TPHCM' },
    { id: 'o3', type: 'organization', name: 'Quốc hội' },
    { id: 'o4', type: 'organization', name: 'Chính phủ' },
    { id: 'd1', type: 'document', name: 'Nghị quyết 98/2023/QH15' },
    { id: 'e1', type: 'event', name: 'Hội nghị lần thứ 9 Ban Chấp hành Đảng bộ TPHCM' },
    { id: 'l1', type: 'location', name: 'Thủ Đức' },
  ],
  relations: [
    { source: 'p1', type: 'chaired', target: 'e1', evidence: 'Chủ trì hội nghị có các đồng chí: Nguyễn Văn Nên, Phan Văn Mãi và Trần Lưu Quang.' },
    { source: 'p2', type: 'attended', target: 'e1', evidence: 'Dự hội nghị có các đồng chí: Trần Lưu Quang, Lê Minh Hoan.' },
    { source: 'p3', type: 'holds_position', target: 'o1', role: 'Phó Bí thư' },
    { source: 'p1', type: 'holds_position', target: 'o1', role: 'Bí thư' },
    { source: 'o3', type: 'issued', target: 'd1' },
    { source: 'p4', type: 'spoke_at', target: 'e1' },
    { source: 'p1', type: 'holds_position', target: 'o3', role: 'Đại biểu' },
    { source: 'p4', type: 'attended', target: 'o3' },
    { source: 'p4', type: 'holds_position', target: 'o4', role: 'Thủ tướng' },
  ],
};

const node = (key: string, type: string, label: string, aliases: string[] = [label]) => ({ key, attributes: { type, label, aliases } });
const edge = (source: string, type: string, target: string) => ({ source, target, attributes: { type, evidence: ['…'] } });
const system: SystemGraph = {
  nodes: [
    node('p1', 'person', 'Nguyễn Văn Nên'),
    node('p4', 'person', 'Phan Văn Mãi'),
    node('p4b', 'person', 'Phan Văn Mãi'), // unmerged duplicate
    node('o1x', 'organization', 'Thành ủy'), // bare form of o1
    node('o2x', 'organization', 'Ban Tuyên giáo'), // bare form of o2
    node('o3', 'organization', 'Quốc hội'),
    node('o4', 'organization', 'Chính phủ'),
    node('d1x', 'document', 'Nghị quyết 98'), // code split off
    node('e1', 'event', 'Hội nghị lần thứ 9'), // event cut short
    node('l1x', 'organization', 'Thủ Đức'), // wrong type
  ],
  edges: [edge('p1', 'spoke_at', 'e1'), edge('p1', 'chaired', 'o3'), edge('p4', 'spoke_at', 'o3'), edge('p4', 'attended', 'o1x')],
};

describe('eval --explain groups errors by cause', () => {
  const { explanation } = scoreGraph(gold, system);
  const counts = (groups: Array<{ cause: string; count: number }>) => Object.fromEntries(groups.map((g) => [g.cause, g.count]));

  it('groups the misses', () => {
    expect(counts(explanation.causes.missed)).toEqual({
      'relation end missing': 6,
      'bare form not resolved': 2,
      'document code split': 1,
      'event boundary': 1,
      'list of attendees': 1,
      'title not recognized': 1,
      'wrong type': 1,
      'rule gap: holds_position': 1,
      'wrong relation type (spoke_at instead of attended)': 1,
      'wrong relation type (chaired instead of holds_position)': 1,
    });
    const total = explanation.missedEntities.length + explanation.missedRelations.length;
    expect(explanation.causes.missed.reduce((n, g) => n + g.count, 0)).toBe(total);
  });

  it('groups the spurious output, duplicates included', () => {
    expect(counts(explanation.causes.spurious)).toEqual({
      'name cut short': 4,
      'relation to an entity not in gold': 2,
      'wrong type': 1,
      'unmerged duplicate': 1,
      'rule over-fires: chaired': 1,
      'rule over-fires: spoke_at': 1,
    });
    const total = explanation.spuriousEntities.length + explanation.duplicates.length + explanation.spuriousRelations.length;
    expect(explanation.causes.spurious.reduce((n, g) => n + g.count, 0)).toBe(total);
  });

  it('prints the groups with counts, largest first, with examples', () => {
    const text = formatExplanation(explanation);
    expect(text).toContain('MISSES BY CAUSE (16)');
    expect(text).toMatch(/^\s+6 {2}relation end missing\s+e\.g\. /m);
    expect(text).toMatch(/^\s+1 {2}document code split\s+e\.g\. "document: Nghị quyết 98\/2023\/QH15"$/m);
    expect(text.indexOf('relation end missing')).toBeLessThan(text.indexOf('document code split'));
    expect(text).toContain('SPURIOUS OUTPUT BY CAUSE (10)');
  });
});
