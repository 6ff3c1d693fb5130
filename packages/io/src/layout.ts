import { MultiDirectedGraph } from 'graphology';
import forceAtlas2Module from 'graphology-layout-forceatlas2';
import type { KnowledgeGraph } from './graph.js';

// The package is CommonJS typed with `export default`: under Node's resolution the default import
// is the function and the types put it under `.default`; under a bundler's, types and value are the
// function itself. Accept both, typed as the callable layout.
type ForceAtlas2 = typeof import('graphology-layout-forceatlas2').default;
const forceAtlas2: ForceAtlas2 =
  (forceAtlas2Module as unknown as { default?: ForceAtlas2 }).default ?? (forceAtlas2Module as unknown as ForceAtlas2);

export interface LayoutOptions {
  /** ForceAtlas2 iterations; fixed so the same graph always gets the same picture. */
  iterations?: number;
}

export type Positions = Map<string, { x: number; y: number }>;

/** FNV-1a: a small, stable string hash, so initial positions depend on the node key only. */
function hash32(text: string, seed: number): number {
  let h = 0x811c9dc5 ^ seed;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

const unit = (text: string, seed: number) => hash32(text, seed) / 0xffffffff;

/**
 * Deterministic ForceAtlas2 positions: start points are derived from each node's key
 * (not Math.random), iterations are fixed, so one graph always yields one layout.
 */
export function computeLayout(graph: KnowledgeGraph, options: LayoutOptions = {}): Positions {
  const iterations = options.iterations ?? 200;
  // A bare copy: the layout must not write x/y into the caller's graph.
  const work = new MultiDirectedGraph<{ x: number; y: number }, { weight: number }>();
  const radius = 10 * Math.sqrt(Math.max(graph.order, 1));
  graph.forEachNode((key) => {
    work.addNode(key, { x: (unit(key, 1) * 2 - 1) * radius, y: (unit(key, 2) * 2 - 1) * radius });
  });
  graph.forEachEdge((edge, attrs, source, target) => {
    work.addDirectedEdgeWithKey(edge, source, target, { weight: attrs.weight });
  });
  const positions: Positions = new Map();
  if (graph.order === 0) return positions;
  const settings = { ...forceAtlas2.inferSettings(work), barnesHutOptimize: work.order > 500 };
  const mapping = iterations > 0 ? forceAtlas2(work, { iterations, settings, getEdgeWeight: 'weight' }) : null;
  work.forEachNode((key, attrs) => {
    const point = mapping?.[key] ?? attrs;
    positions.set(key, { x: round(point.x), y: round(point.y) });
  });
  return positions;
}

// Rounded so files are stable across platforms' last-bit float differences and stay small.
const round = (v: number) => Math.round(v * 1000) / 1000;
