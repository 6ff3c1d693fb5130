import type { FilterState } from '../filters/types';
import type { ColorMode, Selection, SizeMode, ViewState } from '../url/viewState';

/** The app's view state: what the URL carries, plus the hovered node (never in the URL). */
export interface AppState extends ViewState {
  hovered: string | null;
  /** A node the camera should move to; `seq` makes a repeated request for the same node count. */
  cameraTarget: { key: string; seq: number } | null;
}

export type Action =
  | { type: 'select'; selection: Selection; moveCamera?: boolean }
  | { type: 'hover'; node: string | null }
  | { type: 'query'; query: string }
  | { type: 'filters'; filters: Partial<FilterState> }
  | { type: 'color'; color: ColorMode }
  | { type: 'size'; size: SizeMode };

export function reduce(state: AppState, action: Action): AppState {
  switch (action.type) {
    case 'select': {
      const { selection, moveCamera } = action;
      const cameraTarget =
        moveCamera && selection?.kind === 'node' ? { key: selection.key, seq: (state.cameraTarget?.seq ?? 0) + 1 } : state.cameraTarget;
      return { ...state, selection, cameraTarget };
    }
    case 'hover':
      return state.hovered === action.node ? state : { ...state, hovered: action.node };
    case 'query':
      return { ...state, query: action.query };
    case 'filters':
      return { ...state, filters: { ...state.filters, ...action.filters } };
    case 'color':
      return { ...state, color: action.color };
    case 'size':
      return { ...state, size: action.size };
  }
}

export const viewOf = ({ hovered: _h, cameraTarget: _c, ...view }: AppState): ViewState => view;

/** The state a page opens with: the view from its URL, moving the camera to a restored selection. */
export const initialState = (view: ViewState): AppState => ({
  ...view,
  hovered: null,
  cameraTarget: view.selection?.kind === 'node' ? { key: view.selection.key, seq: 1 } : null,
});
