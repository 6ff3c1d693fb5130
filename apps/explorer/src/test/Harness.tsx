import { useReducer, type ReactNode } from 'react';
import { AppContext } from '../core/state/context';
import { initialState, reduce, type AppState } from '../core/state/store';
import { useDerived } from '../core/state/useDerived';
import type { ExplorerGraph } from '../core/graph/types';
import { DEFAULT_VIEW, type ViewState } from '../core/url/viewState';

/** The explorer's state and context without the canvas (jsdom has no WebGL). */
export function Harness({ graph, view = DEFAULT_VIEW, onState, children }: { graph: ExplorerGraph; view?: ViewState; onState?: (s: AppState) => void; children: ReactNode }) {
  const [state, dispatch] = useReducer(reduce, view, initialState);
  const derived = useDerived(graph, 0, state);
  onState?.(state);
  return <AppContext.Provider value={{ graph, version: 0, graphChanged: () => {}, state, dispatch, derived }}>{children}</AppContext.Provider>;
}
