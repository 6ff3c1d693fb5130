import louvain from 'graphology-communities-louvain';
import { TYPE_COLORS, UNKNOWN_TYPE_COLOR } from '@vnkg/io';
import type { ExplorerGraph } from '../graph/types';

export const typeColor = (type: string): string => (TYPE_COLORS as Record<string, string>)[type] ?? UNKNOWN_TYPE_COLOR;

/** Distinct colours for the largest communities; the rest share grey. */
export const COMMUNITY_PALETTE = [
  '#1f77b4', '#ff7f0e', '#2ca02c', '#d62728', '#9467bd', '#8c564b',
  '#e377c2', '#17becf', '#bcbd22', '#7f7f7f', '#aec7e8', '#ffbb78',
] as const;
export const OTHER_COMMUNITY_COLOR = '#c8c8c8';

export interface Communities {
  /** Node → community rank (0 = largest). */
  of: Map<string, number>;
  /** Sizes by rank. */
  sizes: number[];
}

/** Seeded so that one graph always gets the same communities and colours. */
function seededRandom(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 0x100000000;
  };
}

/** Louvain communities, renumbered by size so colours follow importance. */
export function computeCommunities(graph: ExplorerGraph): Communities {
  if (graph.size === 0) {
    // Louvain needs edges; without them every node is its own community.
    return { of: new Map(graph.mapNodes((key, _attrs) => key).map((key, i) => [key, i])), sizes: graph.mapNodes(() => 1) };
  }
  const raw = louvain(graph, { getEdgeWeight: 'weight', rng: seededRandom(42) });
  const sizes = new Map<number, number>();
  for (const c of Object.values(raw)) sizes.set(c, (sizes.get(c) ?? 0) + 1);
  const order = [...sizes.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  const rankOf = new Map(order.map(([c], i) => [c, i]));
  const of = new Map<string, number>();
  for (const [node, c] of Object.entries(raw)) of.set(node, rankOf.get(c) ?? 0);
  return { of, sizes: order.map(([, n]) => n) };
}

export const communityColor = (rank: number | undefined): string =>
  rank !== undefined && rank < COMMUNITY_PALETTE.length ? COMMUNITY_PALETTE[rank]! : OTHER_COMMUNITY_COLOR;
