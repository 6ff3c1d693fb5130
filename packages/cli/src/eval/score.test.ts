// Parity with the reference scorer data/tools/score-graph.mjs: same graph, same gold, same numbers.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildGraph, extract, type Extraction } from '@vnkg/extractor';
import { toJSON } from '@vnkg/io';
import { readInputs } from '@vnkg/io/node';
import { ARTICLES, GOLD, referenceScorer } from '../../test/helpers.js';
import { parseGold, type GoldFile } from './gold.js';
import { formatScore } from './report.js';
import { scoreGraph, type SystemGraph } from './score.js';

const scratch = mkdtempSync(join(tmpdir(), 'vnkg-score-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const gold: GoldFile = parseGold(JSON.parse(readFileSync(GOLD, 'utf8')));

function reference(graph: SystemGraph, extra: string[] = []) {
  const file = join(scratch, `graph-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, JSON.stringify(graph));
  const json = referenceScorer([GOLD, file, '--json', ...extra]);
  const text = referenceScorer([GOLD, file, ...extra]);
  expect(json.status, json.stderr).toBe(0);
  return { json: JSON.parse(json.stdout) as unknown, text: text.stdout };
}

function expectParity(graph: SystemGraph, docs?: string[]) {
  const ref = reference(graph, docs ? ['--docs', docs.join(',')] : []);
  const ours = scoreGraph(gold, JSON.parse(JSON.stringify(graph)) as SystemGraph, docs ? { docs } : {}).result;
  expect(ours).toEqual(ref.json);
  expect(formatScore(ours)).toBe(ref.text);
  return ours;
}

describe('scoreGraph equals the reference scorer', () => {
  let seedGraph: SystemGraph;
  beforeAll(async () => {
    const extractions: Extraction[] = [];
    for await (const item of readInputs([ARTICLES])) if ('article' in item) extractions.push(extract(item.article));
    seedGraph = toJSON(buildGraph(extractions));
  });

  it('on the graph built from data/articles, scored with data/gold/seeds.gold.json', () => {
    const result = expectParity(seedGraph);
    expect(result.entities.all!.sys).toBeGreaterThan(0);
  });

  it('with --docs restricted to two articles', () => {
    expectParity(seedGraph, ['002_fd758775aea649a6', '003_edd434b270b981ff']);
  });

  it('on a graph made from the gold itself, with duplicates, pipe-joined aliases, odd types and untyped edges', () => {
    const nodes = gold.entities.map((e, i) => ({
      key: `n${i}`,
      attributes: {
        // Every third node names itself by an alias only; every fifth carries aliases as "a|b".
        label: i % 3 === 0 ? `${e.name} (khác)` : e.name,
        type: e.type,
        aliases: i % 5 === 0 ? (e.aliases ?? []).join('|') : (e.aliases ?? []),
      },
    }));
    nodes.push({ key: 'dup', attributes: { label: gold.entities[1]!.name, type: gold.entities[1]!.type, aliases: [] } });
    nodes.push({ key: 'odd', attributes: { label: 'Hà Nội', type: 'place', aliases: [] } });
    const index = new Map(gold.entities.map((e, i) => [e.id, `n${i}`]));
    const edges = gold.relations
      .filter((_r, i) => i % 4 !== 0)
      .map((r) => ({ source: index.get(r.source)!, target: index.get(r.target)!, attributes: { type: r.type, evidence: ['x'] } }));
    edges.push({ source: 'dup', target: 'odd', attributes: { type: 'located_in', evidence: [] } });
    edges.push({ source: 'n1', target: 'n2', attributes: {} as { type: string; evidence: string[] } });
    const result = expectParity({ nodes, edges });
    expect(result.duplicates.length).toBeGreaterThan(0);
    expect(result.relations.all!.tp).toBeGreaterThan(0);
  });

  it('on an empty graph', () => {
    expectParity({ nodes: [], edges: [] });
  });
});
