import { describe, expect, it } from 'vitest';
import { ev, sampleGraph } from '../../test/sampleGraph';
import { mergeInto } from './merge';

describe('mergeInto', () => {
  it('unions aliases, articles and evidence of the same entity without double counting', () => {
    const g = sampleGraph();
    const incoming = sampleGraph();
    const extra = ev('a9', 'Đồng chí Nguyễn Văn Nên dự.', 'Nguyễn Văn Nên');
    incoming.mergeNodeAttributes('person:nen', { aliases: ['Nguyễn Văn Nên', 'Nên'], docs: ['a9'], mentions: 1, evidence: [extra] });
    const result = mergeInto(g, incoming);
    expect(result.addedNodes).toEqual([]);
    expect(result.addedEdges).toBe(0);
    const nen = g.getNodeAttributes('person:nen');
    expect(nen.aliases).toEqual(['Nguyễn Văn Nên', 'Nên']);
    expect(nen.docs).toEqual(['a1', 'a9']);
    expect(nen.mentions).toBe(2);
    expect(nen.evidence).toHaveLength(2);
    // Merging the same graph again changes nothing.
    const before = JSON.stringify(g.export());
    mergeInto(g, sampleGraph());
    expect(JSON.stringify(g.export())).toBe(before);
  });

  it('treats an edge with another role as another relation', () => {
    const g = sampleGraph();
    const incoming = sampleGraph();
    incoming.clearEdges();
    incoming.addDirectedEdge('person:nen', 'org:tu', { type: 'holds_position', role: 'Ủy viên', evidence: [], weight: 1 });
    expect(mergeInto(g, incoming).addedEdges).toBe(1);
    expect(g.edges('person:nen', 'org:tu')).toHaveLength(2);
  });
});
