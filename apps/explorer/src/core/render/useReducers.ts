import { useMemo } from 'react';
import { useApp } from '../state/context';
import { makeReducers, type Reducers } from './reducers';

/**
 * The reducers for the current view, a new pair only when what they read changes. On large
 * graphs hovering changes nothing: every new pair means a full refresh of all nodes and edges,
 * too slow to follow the mouse; the selection still highlights its neighbourhood.
 */
export function useReducers(large: boolean): Reducers {
  const { graph, version, state, derived } = useApp();
  const { visibility, sizes, colorOf, curvatures } = derived;
  const selected = state.selection?.kind === 'node' ? state.selection.key : null;
  const focus = (large ? null : state.hovered) ?? selected;
  const selectedEdge = state.selection?.kind === 'edge' ? state.selection.key : null;
  const neighborhood = useMemo(() => {
    if (!focus || !graph.hasNode(focus)) return null;
    return new Set([focus, ...graph.neighbors(focus)]);
    // `version`: neighbors change when an import adds edges.
  }, [graph, version, focus]);
  return useMemo(
    () => makeReducers({ graph, derived: { visibility, sizes, colorOf, curvatures }, focus, neighborhood, selectedEdge, large }),
    [graph, visibility, sizes, colorOf, curvatures, focus, neighborhood, selectedEdge, large],
  );
}
