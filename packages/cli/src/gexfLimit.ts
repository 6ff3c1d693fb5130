// GEXF is built as one string, and V8 caps a string's length: past it the writer can only fail,
// after minutes of layout. A lower bound of the file's length, counted from the text the graph
// carries, settles most cases before any of that work.
import { constants } from 'node:buffer';
import type { Evidence } from '@vnkg/extractor';
import type { KnowledgeGraph } from '@vnkg/io';

/** The longest string this Node can build (UTF-16 units): about 512 MiB on 64-bit V8. */
export const MAX_STRING_LENGTH = constants.MAX_STRING_LENGTH;

// Markup every node and edge certainly gets, whatever its values: tags, attribute names and
// empty lists come to about 340 and 240 characters even without indentation.
const NODE_MARKUP = 300;
const EDGE_MARKUP = 200;

// List items are written quoted (2 more characters each); an evidence record adds a quoted
// sentence, a quoted article id and three offsets of at least one digit.
const listText = (items: readonly string[]) => items.reduce((n, s) => n + s.length + 2, 0);
const evidenceText = (list: readonly Evidence[]) => list.reduce((n, e) => n + e.sentence.length + e.doc.length + 7, 0);

/** Fewer UTF-16 units than `toGexf(graph)` will have: each value appears at least once, unescaped. */
export function gexfLengthAtLeast(graph: KnowledgeGraph): number {
  let length = listText(graph.getAttribute('articles') ?? []);
  graph.forEachNode((key, a) => {
    length += NODE_MARKUP + key.length + a.label.length + listText(a.aliases) + listText(a.docs) + evidenceText(a.evidence);
  });
  graph.forEachEdge((key, a, source, target) => {
    length += EDGE_MARKUP + key.length + source.length + target.length + evidenceText(a.evidence);
  });
  return length;
}

/** Why the graph cannot be written as GEXF, or undefined when it may fit. */
export function gexfTooLarge(graph: KnowledgeGraph, limit: number = MAX_STRING_LENGTH): string | undefined {
  const atLeast = gexfLengthAtLeast(graph);
  if (atLeast <= limit) return undefined;
  const millions = (n: number) => `${(n / 1e6).toFixed(1)} million`;
  return (
    `the graph is too large for GEXF (${graph.order} entities, ${graph.size} relations: at least ${millions(atLeast)} characters, ` +
    `more than the ${millions(limit)} one string can hold); write .json instead`
  );
}
