import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import type { EdgeAttributes } from '@vnkg/extractor';
import type { Derived } from '../state/context';
import type { ExplorerGraph, ExplorerNodeAttributes } from '../graph/types';

const DIM_NODE = '#e4e4e4';
const EDGE = '#b9b9b9';
const DIM_EDGE = '#f0f0f0';
const FOCUS_EDGE = '#555555';
const SELECTED_EDGE = '#111111';

type CurvedEdgeDisplay = Partial<EdgeDisplayData> & { curvature?: number };

export interface ReducerInput {
  graph: ExplorerGraph;
  derived: Pick<Derived, 'visibility' | 'sizes' | 'colorOf' | 'curvatures'>;
  /** The node whose neighbourhood stands out (hovered or selected), if any. */
  focus: string | null;
  neighborhood: ReadonlySet<string> | null;
  selectedEdge: string | null;
  /** Large graphs: straight edges only (no curves). */
  large: boolean;
}

export interface Reducers {
  nodeReducer: (key: string, attrs: ExplorerNodeAttributes) => Partial<NodeDisplayData>;
  edgeReducer: (key: string, attrs: EdgeAttributes) => Partial<EdgeDisplayData>;
}

/**
 * Sigma's reducers for a view. Sigma hands each reducer its own shallow copy of the attributes,
 * so they write into that copy instead of allocating; everything they consult is a precomputed
 * set or map, so a refresh costs one look-up per item.
 */
export function makeReducers({ graph, derived, focus, neighborhood, selectedEdge, large }: ReducerInput): Reducers {
  const { visibility, sizes, colorOf, curvatures } = derived;
  return {
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
      const curvature = large ? undefined : curvatures.get(key);
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
  };
}
