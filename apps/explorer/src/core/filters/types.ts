import type { EntityType, Language, RelationType } from '@vnkg/extractor';

/** What is hidden, so the empty state shows everything and a URL only names exceptions. */
export interface FilterState {
  hiddenTypes: EntityType[];
  hiddenRelations: RelationType[];
  /** Only what this article mentions, or null for all articles. */
  article: string | null;
  /** Hide entities with fewer connections than this (in the whole graph). */
  minDegree: number;
  /** Only entities known in this language (and relations with evidence in it), or null for both. */
  lang: Language | null;
}

export const NO_FILTERS: FilterState = Object.freeze({ hiddenTypes: [], hiddenRelations: [], article: null, minDegree: 0, lang: null }) as FilterState;

export interface Visibility {
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
}
