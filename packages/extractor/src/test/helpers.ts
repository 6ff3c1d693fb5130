import { extract } from '../extract.js';
import type { ExtractOptions } from '../extract.js';
import type { Extraction } from '../types.js';

/** Extracts a Vietnamese snippet and returns readable views of the result for assertions. */
export function read(text: string, options: ExtractOptions & { title?: string } = {}) {
  const extraction: Extraction = extract({ id: 'snippet', text, lang: 'vi', ...(options.title ? { title: options.title } : {}) }, options);
  const labelOf = new Map(extraction.entities.map((e) => [e.key, e.label]));
  return {
    extraction,
    /** "type:label" of every entity. */
    entities: extraction.entities.map((e) => `${e.type}:${e.label}`),
    entity: (label: string) => extraction.entities.find((e) => e.label === label),
    /** "source-label -type-> target-label" of every relation (role appended for positions). */
    relations: extraction.relations.map(
      (r) => `${labelOf.get(r.source)} -${r.type}-> ${labelOf.get(r.target)}${r.role ? ` [${r.role}]` : ''}`,
    ),
  };
}
