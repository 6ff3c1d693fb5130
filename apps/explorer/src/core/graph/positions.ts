import { computeLayout, type KnowledgeGraph } from '@vnkg/io';
import type { ExplorerGraph, Position } from './types';

/** Above this size the initial ForceAtlas2 run would block the page; such graphs start scattered. */
export const SYNC_LAYOUT_MAX_NODES = 3000;

/**
 * Positions for every node of a graph that has none yet: a deterministic ForceAtlas2 run for
 * small graphs (the same picture as the GEXF export), key-derived scatter for large ones.
 * Positions already known (`known`) are kept.
 */
export function initialPositions(graph: KnowledgeGraph, known: ReadonlyMap<string, Position> = new Map()): Map<string, Position> {
  if (graph.order > 0 && known.size === graph.order) return new Map(known);
  const out = new Map<string, Position>();
  if (graph.order > SYNC_LAYOUT_MAX_NODES || known.size > 0) {
    // A disc of key-derived points (the layout's own scatter draws stripes for keys like n1, n2, …).
    const radius = 10 * Math.sqrt(graph.order);
    graph.forEachNode((key) => {
      const r = radius * Math.sqrt(hashUnit(key, 5));
      const a = 2 * Math.PI * hashUnit(key, 6);
      out.set(key, known.get(key) ?? { x: r * Math.cos(a), y: r * Math.sin(a) });
    });
    return out;
  }
  for (const [key, p] of computeLayout(graph, { iterations: 200 })) out.set(key, p);
  return out;
}

/** FNV-1a with a final mix (keys differing in a last digit land far apart), so a position depends on the key only. */
function hashUnit(text: string, seed: number): number {
  let h = 0x811c9dc5 ^ seed;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return (h >>> 0) / 0xffffffff;
}

/**
 * Places nodes that arrived without a position (e.g. merged from an article) next to their
 * positioned neighbors, or inside the current picture when they have none.
 */
export function placeNewNodes(graph: ExplorerGraph, newNodes: Iterable<string>): void {
  const pending = new Set(newNodes);
  let minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity;
  graph.forEachNode((key, { x, y }) => {
    if (pending.has(key)) return;
    minX = Math.min(minX, x); maxX = Math.max(maxX, x);
    minY = Math.min(minY, y); maxY = Math.max(maxY, y);
  });
  if (!Number.isFinite(minX)) [minX, maxX, minY, maxY] = [-100, 100, -100, 100];
  const spread = Math.max(maxX - minX, maxY - minY, 1) / 20;
  for (const key of pending) {
    let sx = 0, sy = 0, n = 0;
    graph.forEachNeighbor(key, (neighbor, attrs) => {
      if (pending.has(neighbor)) return;
      sx += attrs.x; sy += attrs.y; n++;
    });
    const jx = (hashUnit(key, 1) - 0.5) * spread;
    const jy = (hashUnit(key, 2) - 0.5) * spread;
    const x = n ? sx / n + jx : minX + hashUnit(key, 3) * (maxX - minX);
    const y = n ? sy / n + jy : minY + hashUnit(key, 4) * (maxY - minY);
    graph.mergeNodeAttributes(key, { x, y });
  }
}
