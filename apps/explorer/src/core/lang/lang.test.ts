import { describe, expect, it } from 'vitest';
import { bilingualGraph, sampleGraph } from '../../test/sampleGraph';
import { computeVisibility, NO_FILTERS } from '../filters';
import { articleLanguages, englishAliases, isBilingual } from './index';

describe('article languages', () => {
  it('are derived from entities known in one language only', () => {
    const langs = articleLanguages(bilingualGraph());
    expect(Object.fromEntries(langs)).toEqual({ a1: 'vi', a2: 'vi', e1: 'en' });
  });
  it('come from the graph attribute articleLangs when it exists', () => {
    const g = sampleGraph();
    // An imported file may carry languages we don't know ('fr'): they are ignored.
    g.replaceAttributes({ ...g.getAttributes(), articleLangs: { a1: 'en', a2: 'vi', bad: 'fr' } } as unknown as ReturnType<typeof g.getAttributes>);
    expect(Object.fromEntries(articleLanguages(g))).toEqual({ a1: 'en', a2: 'vi' });
  });
});

describe('bilingual entities', () => {
  const g = bilingualGraph();
  const langs = articleLanguages(g);
  it('are those known in both languages', () => {
    expect(isBilingual(g.getNodeAttributes('person:nen'))).toBe(true);
    expect(isBilingual(g.getNodeAttributes('org:tu'))).toBe(false);
  });
  it('list as English the aliases mentioned in English evidence, not the Vietnamese spelling', () => {
    expect(englishAliases(g.getNodeAttributes('person:nen'), langs)).toEqual(['Nguyen Van Nen']);
  });
  it('fall back to aliases without Vietnamese letters when no English evidence is kept', () => {
    const attrs = { ...g.getNodeAttributes('person:nen'), evidence: [] };
    expect(englishAliases(attrs, langs)).toEqual(['Nguyen Van Nen']);
  });
});

describe('language filter', () => {
  const g = bilingualGraph();
  const langs = articleLanguages(g);
  it('keeps entities known in the chosen language and relations with evidence in it', () => {
    const en = computeVisibility(g, { ...NO_FILTERS, lang: 'en' }, langs);
    expect([...en.nodes].sort()).toEqual(['event:conf', 'person:nen']);
    expect([...en.edges]).toEqual(['person:nen|chaired|event:conf']);
    const vi = computeVisibility(g, { ...NO_FILTERS, lang: 'vi' }, langs);
    expect(vi.nodes.has('event:conf')).toBe(false);
    expect(vi.nodes.has('person:nen')).toBe(true);
    expect(vi.edges.has('person:nen|holds_position|org:tu')).toBe(true);
  });
  it('shows both languages by default', () => {
    expect(computeVisibility(g, NO_FILTERS, langs).nodes.size).toBe(g.order);
  });
});
