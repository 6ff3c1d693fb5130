import { ENTITY_TYPES, RELATION_TYPES, type EntityType, type Language, type RelationType } from '@vnkg/extractor';
import type { ExplorerGraph } from '../graph/types';
import type { FilterState, Visibility } from './types';

export * from './types';

/**
 * The visible nodes and edges under `filters`, computed once per change so the renderer's
 * reducers only do set look-ups per frame.
 */
export function computeVisibility(graph: ExplorerGraph, filters: FilterState, articleLangs: ReadonlyMap<string, Language> = new Map()): Visibility {
  const hiddenTypes = new Set<string>(filters.hiddenTypes);
  const hiddenRelations = new Set<string>(filters.hiddenRelations);
  const { article, minDegree, lang } = filters;
  const nodes = new Set<string>();
  graph.forEachNode((key, attrs) => {
    if (hiddenTypes.has(attrs.type)) return;
    if (article !== null && !attrs.docs.includes(article)) return;
    if (minDegree > 0 && graph.degree(key) < minDegree) return;
    if (lang !== null && !attrs.lang.includes(lang)) return;
    nodes.add(key);
  });
  const edges = new Set<string>();
  graph.forEachEdge((key, attrs, source, target) => {
    if (hiddenRelations.has(attrs.type) || !nodes.has(source) || !nodes.has(target)) return;
    if (article !== null && !attrs.evidence.some((e) => e.doc === article)) return;
    // Evidence may be capped or absent: only evidence all in the other language hides an edge.
    if (lang !== null && attrs.evidence.length > 0 && !attrs.evidence.some((e) => (articleLangs.get(e.doc) ?? lang) === lang)) return;
    edges.add(key);
  });
  return { nodes, edges };
}

export interface Count {
  visible: number;
  total: number;
}

const zeroCounts = <K extends string>(keys: readonly K[]): Record<K, Count> =>
  Object.fromEntries(keys.map((k) => [k, { visible: 0, total: 0 }])) as Record<K, Count>;

export function countByType(graph: ExplorerGraph, visibility: Visibility): Record<EntityType, Count> {
  const counts = zeroCounts(ENTITY_TYPES);
  graph.forEachNode((key, { type }) => {
    const c = counts[type];
    if (!c) return;
    c.total++;
    if (visibility.nodes.has(key)) c.visible++;
  });
  return counts;
}

export function countByRelation(graph: ExplorerGraph, visibility: Visibility): Record<RelationType, Count> {
  const counts = zeroCounts(RELATION_TYPES);
  graph.forEachEdge((key, { type }) => {
    const c = counts[type];
    if (!c) return;
    c.total++;
    if (visibility.edges.has(key)) c.visible++;
  });
  return counts;
}

/** Toggles `item` in a list used as a set, keeping the list's canonical order for stable URLs. */
export function toggleIn<T extends string>(list: readonly T[], item: T, order: readonly T[]): T[] {
  const next = list.includes(item) ? list.filter((x) => x !== item) : [...list, item];
  return order.filter((x) => next.includes(x));
}
