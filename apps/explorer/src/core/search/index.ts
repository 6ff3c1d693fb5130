import type { EntityType } from '@vnkg/extractor';
import type { ExplorerGraph } from '../graph/types';
import { searchForm } from './normalize';

export interface SearchEntry {
  key: string;
  label: string;
  type: EntityType;
  /** Search forms of the label (first) and aliases. */
  forms: string[];
  aliases: string[];
  degree: number;
}

export interface SearchHit {
  key: string;
  label: string;
  type: EntityType;
  /** The alias that matched when it is not the label. */
  via?: string;
}

export function buildSearchIndex(graph: ExplorerGraph): SearchEntry[] {
  return graph.mapNodes((key, attrs) => {
    const aliases = attrs.aliases.filter((a) => a !== attrs.label);
    return {
      key,
      label: attrs.label,
      type: attrs.type,
      aliases,
      forms: [attrs.label, ...aliases].map(searchForm),
      degree: graph.degree(key),
    };
  });
}

/** Lower is better: exact, then prefix, then a word start, then anywhere; the label before aliases. */
function rank(form: string, query: string, isLabel: boolean): number {
  let score: number;
  if (form === query) score = 0;
  else if (form.startsWith(query)) score = 1;
  else if (form.includes(` ${query}`)) score = 2;
  else if (form.includes(query)) score = 3;
  else if (query.split(' ').every((word) => form.includes(word))) score = 4;
  else return Infinity;
  return score * 2 + (isLabel ? 0 : 1);
}

/** Entities whose label or an alias matches `query`, diacritic- and case-insensitively, best first. */
export function searchEntities(index: readonly SearchEntry[], query: string, limit = 20): SearchHit[] {
  const q = searchForm(query);
  if (!q) return [];
  const scored: { entry: SearchEntry; score: number; via?: string }[] = [];
  for (const entry of index) {
    let best = Infinity;
    let via: string | undefined;
    entry.forms.forEach((form, i) => {
      const score = rank(form, q, i === 0);
      if (score < best) [best, via] = [score, i === 0 ? undefined : entry.aliases[i - 1]];
    });
    if (best < Infinity) scored.push({ entry, score: best, ...(via ? { via } : {}) });
  }
  scored.sort((a, b) => a.score - b.score || b.entry.degree - a.entry.degree || a.entry.label.localeCompare(b.entry.label));
  return scored.slice(0, limit).map(({ entry, via }) => ({ key: entry.key, label: entry.label, type: entry.type, ...(via ? { via } : {}) }));
}
