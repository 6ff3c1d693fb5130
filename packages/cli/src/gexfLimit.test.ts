// The GEXF size bound: never above the real length (or a graph that fits would be refused), and
// close enough to it to catch a graph past V8's string limit before the layout runs.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildGraph, extract } from '@vnkg/extractor';
import { createKnowledgeGraph, toGexf } from '@vnkg/io';
import { ARTICLES, REPO_ROOT } from '../test/helpers.js';
import { MAX_STRING_LENGTH, gexfLengthAtLeast, gexfTooLarge } from './gexfLimit.js';

const folders = [ARTICLES, join(REPO_ROOT, 'data/dev/vi'), join(REPO_ROOT, 'data/dev/en')];
const graph = buildGraph(
  folders.flatMap((folder) => readdirSync(folder).map((file) => extract({ id: file.replace(/\.txt$/, ''), text: readFileSync(join(folder, file), 'utf8') }))),
);

describe('gexfLengthAtLeast', () => {
  it('is a lower bound of the GEXF length, and a close one, on the sample and dev articles', () => {
    const real = toGexf(graph, { layout: false }).length;
    const bound = gexfLengthAtLeast(graph);
    expect(bound).toBeLessThanOrEqual(real);
    expect(bound).toBeGreaterThan(real * 0.6);
  });

  it('stays a lower bound for bare nodes and edges (no aliases, docs or evidence)', () => {
    const bare = createKnowledgeGraph({ articles: [] });
    for (const key of ['a', 'b']) bare.addNode(key, { label: '', type: 'person', aliases: [], docs: [], lang: [], mentions: 0, evidence: [] });
    bare.addDirectedEdgeWithKey('a|attended|b', 'a', 'b', { type: 'attended', evidence: [], weight: 0 });
    expect(gexfLengthAtLeast(bare)).toBeLessThanOrEqual(toGexf(bare, { layout: false, pretty: false }).length);
  });
});

describe('gexfTooLarge', () => {
  it('lets a graph that fits through', () => {
    expect(gexfTooLarge(graph)).toBeUndefined();
    expect(MAX_STRING_LENGTH).toBeGreaterThan(2 ** 28);
  });

  it('refuses one past the limit, with the counts and a way out', () => {
    const message = gexfTooLarge(graph, 200_000);
    expect(message).toMatch(/^the graph is too large for GEXF \(\d+ entities, \d+ relations: at least \d+\.\d million characters, more than the 0\.2 million one string can hold\); write \.json instead$/);
    expect(message).toContain(`${graph.order} entities, ${graph.size} relations`);
  });
});
