import { describe, expect, it } from 'vitest';
import { sampleGraph } from './__fixtures__/graphs.js';
import { fromJSON, toJSON, toJSONBytes, toJSONChunks } from './json.js';
import { createKnowledgeGraph } from './graph.js';

const roundTrip = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;

describe('toJSONChunks', () => {
  it.each([1, 64, 1 << 20])('joins to JSON.stringify(toJSON(graph)) exactly, with chunks of %i characters', (size) => {
    const g = sampleGraph();
    const chunks = [...toJSONChunks(g, size)];
    expect(chunks.join('')).toBe(JSON.stringify(toJSON(g)));
    if (size === 1) expect(chunks.length).toBeGreaterThan(g.order + g.size);
  });

  it('writes an empty graph like JSON.stringify does', () => {
    const g = createKnowledgeGraph({ articles: [] });
    expect([...toJSONChunks(g)].join('')).toBe(JSON.stringify(toJSON(g)));
  });
});

describe('toJSONBytes', () => {
  const utf8 = (chunks: Uint8Array[]) => Buffer.concat(chunks).toString('utf8');
  it.each([1, 5, 64, 1 << 20])('joins to the UTF-8 of JSON.stringify(toJSON(graph)) exactly, in chunks of %i bytes', (size) => {
    const g = sampleGraph();
    const chunks = [...toJSONBytes(g, size)];
    expect(utf8(chunks)).toBe(JSON.stringify(toJSON(g)));
    // Full chunks but the last (a character that does not fit starts the next one).
    for (const chunk of chunks.slice(0, -1)) expect(chunk.length).toBeGreaterThan(Math.max(4, size) - 4);
  });

  it('writes an empty graph like JSON.stringify does', () => {
    const g = createKnowledgeGraph({ articles: [] });
    expect(utf8([...toJSONBytes(g)])).toBe(JSON.stringify(toJSON(g)));
  });
});

describe('toJSON / fromJSON', () => {
  it('round-trips through JSON text', () => {
    const g = sampleGraph();
    expect(toJSON(fromJSON(roundTrip(toJSON(g))))).toEqual(toJSON(g));
  });

  it('writes what the scorer reads: nodes with key and attributes.label/type/aliases, edges with attributes.type', () => {
    const json = toJSON(sampleGraph());
    expect(json.nodes[0]).toMatchObject({ key: 'person:nguyen-van-nen', attributes: { label: 'Nguyễn Văn Nên', type: 'person' } });
    expect(json.edges[0]).toMatchObject({ source: 'person:nguyen-van-nen', target: 'org:thanh-uy-tphcm', attributes: { type: 'holds_position' } });
  });

  const bad = (mutate: (json: { nodes: Record<string, unknown>[]; edges: Record<string, unknown>[] }) => void) => {
    const json = roundTrip(toJSON(sampleGraph())) as { nodes: Record<string, unknown>[]; edges: Record<string, unknown>[] };
    mutate(json);
    return () => fromJSON(json);
  };

  it.each([
    ['not an object', () => fromJSON([1, 2]), 'graph: expected an object with "nodes" and "edges"'],
    ['nodes not a list', () => fromJSON({ nodes: {} }), 'graph.nodes: expected a list'],
    ['node without key', bad((j) => delete j.nodes[1]!.key), 'nodes[1].key: expected a string, got undefined'],
    ['unknown entity type', bad((j) => ((j.nodes[2]!.attributes as Record<string, unknown>).type = 'planet')), 'nodes[2].attributes.type: expected one of person, organization, document, location, event, got "planet"'],
    ['aliases not a list', bad((j) => ((j.nodes[0]!.attributes as Record<string, unknown>).aliases = 'a|b')), 'nodes[0].attributes.aliases: expected a list of strings, got "a|b"'],
    ['evidence offset negative', bad((j) => (((j.nodes[0]!.attributes as { evidence: Record<string, unknown>[] }).evidence[1]!.start = -1))), 'nodes[0].attributes.evidence[1].start: expected a non-negative integer, got -1'],
    ['edge to a missing node', bad((j) => (j.edges[0]!.target = 'nowhere')), 'edges[0].target: no node "nowhere"'],
    ['unknown relation type', bad((j) => ((j.edges[3]!.attributes as Record<string, unknown>).type = 'likes')), 'edges[3].attributes.type: expected one of holds_position'],
    ['negative weight', bad((j) => ((j.edges[0]!.attributes as Record<string, unknown>).weight = -2)), 'edges[0].attributes.weight: expected a non-negative number, got -2'],
    ['duplicate node', bad((j) => j.nodes.push(j.nodes[0]!)), 'nodes[6].key: duplicate node "person:nguyen-van-nen"'],
    ['undirected graph', () => fromJSON({ options: { type: 'undirected' }, nodes: [] }), 'graph.options: expected a directed multigraph'],
  ])('rejects %s with a message naming the place', (_name, read, message) => {
    expect(read).toThrow(message);
  });

  it('accepts a minimal graph and fills defaults', () => {
    const g = fromJSON({ nodes: [{ key: 'a', attributes: { label: 'A', type: 'location' } }], edges: [] });
    expect(g.getNodeAttributes('a')).toEqual({ label: 'A', type: 'location', aliases: [], docs: [], lang: [], mentions: 0, evidence: [] });
    expect(g.getAttribute('articles')).toEqual([]);
  });
});
