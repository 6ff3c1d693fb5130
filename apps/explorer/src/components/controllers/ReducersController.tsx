import { useEffect, useMemo } from 'react';
import { useSetSettings } from '@react-sigma/core';
import type { EdgeAttributes, GraphAttributes } from '@vnkg/extractor';
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import type { ExplorerNodeAttributes } from '../../core/graph/types';
import { useApp } from '../../core/state/context';

const DIM_NODE = '#e4e4e4';
const EDGE = '#b9b9b9';
const DIM_EDGE = '#f0f0f0';
const FOCUS_EDGE = '#555555';
const SELECTED_EDGE = '#111111';

type CurvedEdgeDisplay = Partial<EdgeDisplayData> & { curvature?: number };

/**
 * Renders nothing: maps the view (filters, appearance, hover, selection) onto sigma's reducers.
 * Sigma hands each reducer its own shallow copy of the attributes, so the reducers write into
 * that copy instead of allocating another object per node and frame; everything they consult
 * is precomputed (sets and maps), so a frame does look-ups only.
 */
export function ReducersController() {
  const { graph, version, state, derived } = useApp();
  const setSettings = useSetSettings<ExplorerNodeAttributes, EdgeAttributes, GraphAttributes>();
  const { visibility, sizes, colorOf, curvatures } = derived;
  const focus = state.hovered ?? (state.selection?.kind === 'node' ? state.selection.key : null);
  const selectedEdge = state.selection?.kind === 'edge' ? state.selection.key : null;

  const neighborhood = useMemo(() => {
    if (!focus || !graph.hasNode(focus)) return null;
    return new Set([focus, ...graph.neighbors(focus)]);
    // `version`: neighbors change when an import adds edges.
  }, [graph, version, focus]);

  useEffect(() => {
    setSettings({
      nodeReducer: (key, attrs) => {
        const data = attrs as unknown as Partial<NodeDisplayData>;
        data.type = 'circle'; // the model's `type` is the entity type, not a sigma program
        data.color = colorOf(key);
        data.size = sizes.get(key) ?? 4;
        data.hidden = !visibility.nodes.has(key);
        if (neighborhood) {
          if (neighborhood.has(key)) {
            data.zIndex = 1;
            data.forceLabel = true;
            data.highlighted = key === focus;
          } else {
            data.color = DIM_NODE;
            data.label = null;
            data.zIndex = 0;
          }
        }
        return data;
      },
      edgeReducer: (key, attrs) => {
        const { type: relation, role, weight } = attrs;
        const data = attrs as unknown as CurvedEdgeDisplay;
        data.label = role ? `${relation} · ${role}` : relation;
        const curvature = curvatures.get(key);
        data.type = curvature ? 'curved' : 'straight';
        if (curvature) data.curvature = curvature;
        data.size = 1 + Math.log2(Math.max(weight, 1));
        data.hidden = !visibility.edges.has(key);
        data.color = EDGE;
        if (neighborhood && focus) data.color = graph.hasExtremity(key, focus) ? FOCUS_EDGE : DIM_EDGE;
        if (key === selectedEdge) {
          data.color = SELECTED_EDGE;
          data.size += 2;
          data.forceLabel = true;
          data.zIndex = 2;
        }
        return data;
      },
    });
  }, [setSettings, graph, colorOf, sizes, visibility, curvatures, neighborhood, focus, selectedEdge]);

  return null;
}
