import { useMemo } from 'react';
import { communityColor, computeCommunities, typeColor } from '../appearance/colors';
import { parallelCurvatures } from '../appearance/curvature';
import { computeSizes } from '../appearance/sizes';
import { computeVisibility, countByRelation, countByType } from '../filters';
import { articleLanguages } from '../lang';
import type { ExplorerGraph } from '../graph/types';
import { buildSearchIndex } from '../search';
import type { Derived } from './context';
import type { AppState } from './store';

/**
 * What the graph and the view imply, each part memoized on what it depends on, so a filter
 * change does not recompute PageRank and a hover recomputes nothing.
 */
export function useDerived(graph: ExplorerGraph, version: number, state: AppState): Derived {
  const { filters, color, size } = state;
  const articleLangs = useMemo(() => articleLanguages(graph), [graph, version]);
  const visibility = useMemo(() => computeVisibility(graph, filters, articleLangs), [graph, articleLangs, filters]);
  const typeCounts = useMemo(() => countByType(graph, visibility), [graph, visibility]);
  const relationCounts = useMemo(() => countByRelation(graph, visibility), [graph, visibility]);
  const sizes = useMemo(() => computeSizes(graph, size), [graph, version, size]);
  const communities = useMemo(() => (color === 'community' ? computeCommunities(graph) : null), [graph, version, color]);
  const curvatures = useMemo(() => parallelCurvatures(graph), [graph, version]);
  const searchIndex = useMemo(() => buildSearchIndex(graph), [graph, version]);
  const colorOf = useMemo(
    () =>
      communities
        ? (key: string) => communityColor(communities.of.get(key))
        : (key: string) => typeColor(graph.getNodeAttribute(key, 'type')),
    [graph, communities],
  );
  return useMemo(
    () => ({ visibility, typeCounts, relationCounts, sizes, communities, curvatures, searchIndex, colorOf, articleLangs }),
    [visibility, typeCounts, relationCounts, sizes, communities, curvatures, searchIndex, colorOf, articleLangs],
  );
}
