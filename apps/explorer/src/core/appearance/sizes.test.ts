import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import type { ExplorerGraph } from '../graph/types';
import { computeSizes } from './sizes';

describe('node sizes', () => {
  it('size by PageRank on a graph of more nodes than a call takes arguments', () => {
    const g: ExplorerGraph = new MultiDirectedGraph();
    const n = 200_000;
    for (let i = 0; i < n; i++) g.addNode(`n${i}`, { label: `n${i}`, type: 'person', aliases: [], docs: [], lang: ['vi'], mentions: 1, evidence: [], x: 0, y: 0 });
    for (let i = 1; i < n; i++) g.addDirectedEdge(`n${i}`, 'n0', { type: 'holds_position', evidence: [], weight: 1 });
    const sizes = computeSizes(g, 'pagerank');
    expect(sizes.size).toBe(n);
    // The hub is the largest node.
    expect(Math.max(...[...sizes.values()].slice(0, 1000))).toBe(sizes.get('n0'));
  });
});
