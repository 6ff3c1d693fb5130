import type { EntityType, RelationType } from '@vnkg/extractor';

/** What is hidden, so the empty state shows everything and a URL only names exceptions. */
export interface FilterState {
  hiddenTypes: EntityType[];
  hiddenRelations: RelationType[];
  /** Only what this article mentions, or null for all articles. */
  article: string | null;
  /** Hide entities with fewer connections than this (in the whole graph). */
  minDegree: number;
}

export const NO_FILTERS: FilterState = Object.freeze({ hiddenTypes: [], hiddenRelations: [], article: null, minDegree: 0 }) as FilterState;

export interface Visibility {
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
}
