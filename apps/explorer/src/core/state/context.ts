import { createContext, useContext, type Dispatch } from 'react';
import type { Communities } from '../appearance/colors';
import type { Count, Visibility } from '../filters';
import type { ExplorerGraph } from '../graph/types';
import type { SearchEntry } from '../search';
import type { Action, AppState } from './store';
import type { EntityType, Language, RelationType } from '@vnkg/extractor';

/** What is computed from the graph and the view, once per change (never per frame). */
export interface Derived {
  visibility: Visibility;
  typeCounts: Record<EntityType, Count>;
  relationCounts: Record<RelationType, Count>;
  sizes: Map<string, number>;
  communities: Communities | null;
  curvatures: Map<string, number>;
  searchIndex: SearchEntry[];
  colorOf: (key: string) => string;
  /** Article id → its language (given by the graph, or derived from its entities). */
  articleLangs: Map<string, Language>;
}

export interface AppContextValue {
  graph: ExplorerGraph;
  /** Bumped whenever the graph's content changes (imports), to recompute `derived`. */
  version: number;
  graphChanged: () => void;
  state: AppState;
  dispatch: Dispatch<Action>;
  derived: Derived;
}

export const AppContext = createContext<AppContextValue | null>(null);

export function useApp(): AppContextValue {
  const value = useContext(AppContext);
  if (!value) throw new Error('useApp must be used inside <AppContext.Provider>');
  return value;
}
