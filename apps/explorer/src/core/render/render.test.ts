import { describe, expect, it } from 'vitest';
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import { sampleGraph } from '../../test/sampleGraph';
import { typeColor } from '../appearance/colors';
import { parallelCurvatures } from '../appearance/curvature';
import { computeSizes, sizeScale } from '../appearance/sizes';
import { computeVisibility, NO_FILTERS } from '../filters';
import { MAX_LABEL_CHARS, truncateLabel } from './truncate';
import { makeReducers } from './reducers';
import { isLargeGraph } from './scale';

describe('reducers', () => {
  const g = sampleGraph();
  g.addDirectedEdgeWithKey('loc:hcm|part_of|org:tu', 'loc:hcm', 'org:tu', { type: 'part_of', evidence: [], weight: 1 });
  const derived = {
    visibility: computeVisibility(g, { ...NO_FILTERS, hiddenTypes: ['document'] }),
    sizes: computeSizes(g, 'degree'),
    colorOf: (key: string) => typeColor(g.getNodeAttribute(key, 'type')),
    curvatures: parallelCurvatures(g),
  };
  const node = (r: ReturnType<typeof makeReducers>, key: string) => r.nodeReducer(key, { ...g.getNodeAttributes(key) }) as NodeDisplayData;
  const edge = (r: ReturnType<typeof makeReducers>, key: string) => r.edgeReducer(key, { ...g.getEdgeAttributes(key) }) as EdgeDisplayData & { curvature?: number };

  it('map entity types to colours and hide what the filters hide', () => {
    const r = makeReducers({ graph: g, derived, focus: null, neighborhood: null, selectedEdge: null, large: false });
    expect(node(r, 'person:nen')).toMatchObject({ type: 'circle', color: typeColor('person'), hidden: false });
    expect(node(r, 'doc:nq24').hidden).toBe(true);
  });
  it('curve parallel relations apart on small graphs only', () => {
    const small = makeReducers({ graph: g, derived, focus: null, neighborhood: null, selectedEdge: null, large: false });
    expect(edge(small, 'loc:hcm|part_of|org:tu').type).toBe('curved');
    const large = makeReducers({ graph: g, derived, focus: null, neighborhood: null, selectedEdge: null, large: true });
    expect(edge(large, 'loc:hcm|part_of|org:tu').type).toBe('straight');
  });
  it('dim what is outside the focused neighbourhood', () => {
    const neighborhood = new Set(['person:nen', ...g.neighbors('person:nen')]);
    const r = makeReducers({ graph: g, derived, focus: 'person:nen', neighborhood, selectedEdge: null, large: false });
    expect(node(r, 'org:tu')).toMatchObject({ forceLabel: true, zIndex: 1 });
    expect(node(r, 'org:bct')).toMatchObject({ label: null, zIndex: 0 });
    expect(node(r, 'org:bct').color).not.toBe(typeColor('organization'));
  });
});

describe('scale', () => {
  it('treats graphs past a few thousand nodes or edges as large', () => {
    expect(isLargeGraph(sampleGraph())).toBe(false);
    const g = sampleGraph();
    for (let i = 0; i < 3001; i++) g.addNode(`n${i}`, { label: `n${i}`, type: 'person', aliases: [], docs: [], lang: [], mentions: 0, evidence: [], x: 0, y: 0 });
    expect(isLargeGraph(g)).toBe(true);
  });
  it('shrinks nodes of large graphs, down to a floor', () => {
    expect(sizeScale(100)).toBe(1);
    expect(sizeScale(4000)).toBeCloseTo(0.5);
    expect(sizeScale(1_000_000)).toBe(0.35);
  });
  it('cuts long canvas labels with an ellipsis', () => {
    expect(truncateLabel('Thành ủy TPHCM')).toBe('Thành ủy TPHCM');
    const long = 'Đề án “Tiếp tục đổi mới, nâng cao chất lượng công tác đào tạo, bồi dưỡng cán bộ”';
    const cut = truncateLabel(long);
    expect([...cut].length).toBeLessThanOrEqual(MAX_LABEL_CHARS);
    expect(long.startsWith(cut.slice(0, -1))).toBe(true);
    expect(cut.endsWith('…')).toBe(true);
  });
});
