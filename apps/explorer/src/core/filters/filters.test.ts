import { describe, expect, it } from 'vitest';
import { sampleGraph } from '../../test/sampleGraph';
import { computeVisibility, countByRelation, countByType, NO_FILTERS, toggleIn } from './index';

describe('computeVisibility', () => {
  const g = sampleGraph();
  it('shows everything without filters', () => {
    const v = computeVisibility(g, NO_FILTERS);
    expect(v.nodes.size).toBe(g.order);
    expect(v.edges.size).toBe(g.size);
  });
  it('hides an entity type and the relations that touch it', () => {
    const v = computeVisibility(g, { ...NO_FILTERS, hiddenTypes: ['document'] });
    expect(v.nodes.has('doc:nq24')).toBe(false);
    expect([...v.edges].sort()).toEqual(['org:tu|located_in|loc:hcm', 'person:nen|holds_position|org:tu']);
  });
  it('hides relation types but keeps their ends', () => {
    const v = computeVisibility(g, { ...NO_FILTERS, hiddenRelations: ['holds_position'] });
    expect(v.nodes.has('person:nen')).toBe(true);
    expect(v.edges.has('person:nen|holds_position|org:tu')).toBe(false);
  });
  it('keeps only what one article mentions, nodes and evidence alike', () => {
    const v = computeVisibility(g, { ...NO_FILTERS, article: 'a2' });
    expect([...v.nodes].sort()).toEqual(['doc:nq24', 'loc:hcm', 'org:bct', 'org:tu']);
    // org:tu → loc:hcm has both ends in a2, but its evidence is from a1 only.
    expect([...v.edges].sort()).toEqual(['org:bct|issued|doc:nq24', 'org:tu|implements|doc:nq24']);
  });
  it('applies a minimum degree', () => {
    const v = computeVisibility(g, { ...NO_FILTERS, minDegree: 2 });
    expect([...v.nodes].sort()).toEqual(['doc:nq24', 'org:tu']);
  });
});

describe('counts', () => {
  const g = sampleGraph();
  it('count visible and total per type and relation', () => {
    const v = computeVisibility(g, { ...NO_FILTERS, hiddenTypes: ['person'] });
    expect(countByType(g, v).person).toEqual({ visible: 0, total: 1 });
    expect(countByType(g, v).organization).toEqual({ visible: 2, total: 2 });
    expect(countByRelation(g, v).holds_position).toEqual({ visible: 0, total: 1 });
    expect(countByRelation(g, v).issued).toEqual({ visible: 1, total: 1 });
  });
});

describe('toggleIn', () => {
  it('adds and removes, in canonical order', () => {
    const order = ['a', 'b', 'c'] as const;
    expect(toggleIn(['c'], 'a', order)).toEqual(['a', 'c']);
    expect(toggleIn(['a', 'c'], 'a', order)).toEqual(['c']);
  });
});
