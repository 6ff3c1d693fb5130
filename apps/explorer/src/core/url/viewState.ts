import { ENTITY_TYPES, RELATION_TYPES, type EntityType, type RelationType } from '@vnkg/extractor';
import { NO_FILTERS, type FilterState } from '../filters/types';

export type ColorMode = 'type' | 'community';
export type SizeMode = 'degree' | 'pagerank';
export type Selection = { kind: 'node'; key: string } | { kind: 'edge'; key: string } | null;

/** Everything a link must carry to reopen the same view. */
export interface ViewState {
  selection: Selection;
  query: string;
  filters: FilterState;
  color: ColorMode;
  size: SizeMode;
}

export const DEFAULT_VIEW: ViewState = { selection: null, query: '', filters: NO_FILTERS, color: 'type', size: 'degree' };

const listOf = <T extends string>(value: string | null, allowed: readonly T[]): T[] =>
  value ? allowed.filter((x) => value.split(',').includes(x)) : [];

/** Reads a view from a query string; unknown or malformed values fall back to the defaults. */
export function parseViewState(search: string): ViewState {
  const p = new URLSearchParams(search);
  const node = p.get('node');
  const edge = p.get('edge');
  const minDegree = Number.parseInt(p.get('minDegree') ?? '', 10);
  return {
    selection: node ? { kind: 'node', key: node } : edge ? { kind: 'edge', key: edge } : null,
    query: p.get('q') ?? '',
    filters: {
      hiddenTypes: listOf<EntityType>(p.get('hideTypes'), ENTITY_TYPES),
      hiddenRelations: listOf<RelationType>(p.get('hideRelations'), RELATION_TYPES),
      article: p.get('article') || null,
      minDegree: Number.isFinite(minDegree) && minDegree > 0 ? minDegree : 0,
      lang: p.get('lang') === 'vi' ? 'vi' : p.get('lang') === 'en' ? 'en' : null,
    },
    color: p.get('color') === 'community' ? 'community' : 'type',
    size: p.get('size') === 'pagerank' ? 'pagerank' : 'degree',
  };
}

/**
 * Writes a view into a query string, keeping parameters that are not view state (such as
 * `graph`) and leaving defaults out so links stay short.
 */
export function serializeViewState(view: ViewState, base = ''): string {
  const p = new URLSearchParams(base);
  for (const k of ['node', 'edge', 'q', 'hideTypes', 'hideRelations', 'article', 'minDegree', 'lang', 'color', 'size']) p.delete(k);
  if (view.selection) p.set(view.selection.kind, view.selection.key);
  if (view.query) p.set('q', view.query);
  const f = view.filters;
  if (f.hiddenTypes.length) p.set('hideTypes', f.hiddenTypes.join(','));
  if (f.hiddenRelations.length) p.set('hideRelations', f.hiddenRelations.join(','));
  if (f.article) p.set('article', f.article);
  if (f.minDegree > 0) p.set('minDegree', String(f.minDegree));
  if (f.lang) p.set('lang', f.lang);
  if (view.color !== 'type') p.set('color', view.color);
  if (view.size !== 'degree') p.set('size', view.size);
  const text = p.toString();
  return text ? `?${text}` : '';
}
