import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW, parseViewState, serializeViewState, type ViewState } from './viewState';

describe('view state in the URL', () => {
  it('round-trips a full view', () => {
    const view: ViewState = {
      selection: { kind: 'node', key: 'person:nguyen-van-nen' },
      query: 'nguyễn văn nên',
      filters: { hiddenTypes: ['document', 'event'], hiddenRelations: ['located_in'], article: '002_fd758775aea649a6', minDegree: 3, lang: 'en' },
      color: 'community',
      size: 'pagerank',
    };
    expect(parseViewState(serializeViewState(view))).toEqual(view);
  });
  it('round-trips an edge selection with characters that need escaping', () => {
    const view: ViewState = { ...DEFAULT_VIEW, selection: { kind: 'edge', key: 'a|holds_position|b|Phó Bí thư & Chủ tịch' } };
    expect(parseViewState(serializeViewState(view))).toEqual(view);
  });
  it('leaves defaults out and keeps other parameters such as graph', () => {
    expect(serializeViewState(DEFAULT_VIEW)).toBe('');
    expect(serializeViewState({ ...DEFAULT_VIEW, query: 'x' }, '?graph=big.json&q=old')).toBe('?graph=big.json&q=x');
  });
  it('ignores unknown or malformed values', () => {
    const view = parseViewState('?hideTypes=person,bogus&minDegree=-4&color=rainbow&size=huge');
    expect(view.filters.hiddenTypes).toEqual(['person']);
    expect(view.filters.minDegree).toBe(0);
    expect(view.color).toBe('type');
    expect(view.size).toBe('degree');
  });
});
