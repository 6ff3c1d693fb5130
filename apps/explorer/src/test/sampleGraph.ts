import type { EntityType, Evidence, RelationType } from '@vnkg/extractor';
import { emptyExplorerGraph } from '../core/graph/create';
import type { ExplorerGraph } from '../core/graph/types';

/** Evidence whose mention is `mention` inside `sentence` (offsets as the extractor gives them). */
export function ev(doc: string, sentence: string, mention: string, sentenceStart = 100): Evidence {
  const at = sentence.indexOf(mention);
  return { doc, sentence, sentenceStart, start: sentenceStart + at, end: sentenceStart + at + mention.length };
}

/** A small graph in the extractor's shape: a person, two bodies, a document, a place; two articles. */
export function sampleGraph(): ExplorerGraph {
  const g = emptyExplorerGraph();
  g.setAttribute('articles', ['a1', 'a2']);
  const s1 = 'Bí thư Thành ủy TPHCM Nguyễn Văn Nên phát biểu chỉ đạo hội nghị.';
  const node = (key: string, label: string, type: EntityType, docs: string[], evidence: Evidence[] = [], x = 0, y = 0) =>
    g.addNode(key, { label, type, aliases: [label], docs, lang: ['vi'], mentions: evidence.length, evidence, x, y });
  const edge = (s: string, t: string, type: RelationType, evidence: Evidence[], role?: string) =>
    g.addDirectedEdgeWithKey(`${s}|${type}|${t}`, s, t, { type, ...(role ? { role } : {}), evidence, weight: evidence.length });
  node('person:nen', 'Nguyễn Văn Nên', 'person', ['a1'], [ev('a1', s1, 'Nguyễn Văn Nên')], 0, 0);
  node('org:tu', 'Thành ủy TPHCM', 'organization', ['a1', 'a2'], [ev('a1', s1, 'Thành ủy TPHCM')], 10, 0);
  node('org:bct', 'Bộ Chính trị', 'organization', ['a2'], [], 0, 10);
  node('doc:nq24', 'Nghị quyết 24', 'document', ['a2'], [], 10, 10);
  node('loc:hcm', 'TPHCM', 'location', ['a1', 'a2'], [], 5, 5);
  edge('person:nen', 'org:tu', 'holds_position', [ev('a1', s1, 'Bí thư Thành ủy TPHCM Nguyễn Văn Nên')], 'Bí thư');
  edge('org:bct', 'doc:nq24', 'issued', [ev('a2', 'Nghị quyết 24 của Bộ Chính trị.', 'Nghị quyết 24 của Bộ Chính trị')]);
  edge('org:tu', 'doc:nq24', 'implements', [ev('a2', 'Thành ủy TPHCM triển khai Nghị quyết 24.', 'Thành ủy TPHCM triển khai Nghị quyết 24')]);
  edge('org:tu', 'loc:hcm', 'located_in', [ev('a1', s1, 'Thành ủy TPHCM')]);
  return g;
}

/**
 * The sample graph with an English article `e1`: Nguyễn Văn Nên is also known there as
 * "Nguyen Van Nen" (bilingual), and the Politburo node of a1/a2 gets an English-only neighbour.
 */
export function bilingualGraph(): ExplorerGraph {
  const g = sampleGraph();
  g.setAttribute('articles', ['a1', 'a2', 'e1']);
  const s = 'HCMC Party Secretary Nguyen Van Nen chaired the conference.';
  g.mergeNodeAttributes('person:nen', {
    aliases: ['Nguyễn Văn Nên', 'Nguyen Van Nen'],
    docs: ['a1', 'e1'],
    lang: ['vi', 'en'],
    evidence: [...g.getNodeAttribute('person:nen', 'evidence'), ev('e1', s, 'Nguyen Van Nen', 0)],
  });
  g.addNode('event:conf', { label: 'HCMC conference', type: 'event', aliases: ['HCMC conference'], docs: ['e1'], lang: ['en'], mentions: 1, evidence: [ev('e1', s, 'conference', 0)], x: 3, y: 3 });
  g.addDirectedEdgeWithKey('person:nen|chaired|event:conf', 'person:nen', 'event:conf', { type: 'chaired', evidence: [ev('e1', s, 'Nguyen Van Nen chaired the conference', 0)], weight: 1 });
  return g;
}
