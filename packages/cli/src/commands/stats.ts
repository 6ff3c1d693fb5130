import type { KnowledgeGraph } from '@vnkg/io';
import { readGraphFile } from '@vnkg/io/node';
import { countBy } from '../format.js';
import { CommandError, type Streams } from '../streams.js';

export interface StatsOptions {
  top: number;
  json?: boolean;
}

export interface GraphStats {
  entities: number;
  relations: number;
  entitiesByType: Record<string, number>;
  relationsByType: Record<string, number>;
  top: Array<{ key: string; label: string; type: string; degree: number; mentions: number; docs: string[] }>;
  articles: Array<{ id: string; entities: number; relations: number }>;
}

export function computeStats(graph: KnowledgeGraph, top: number): GraphStats {
  const byDegree = graph
    .mapNodes((key, a) => ({ key, label: a.label, type: a.type, degree: graph.degree(key), mentions: a.mentions, docs: a.docs }))
    .sort((a, b) => b.degree - a.degree || b.mentions - a.mentions || (a.label < b.label ? -1 : 1));
  const perArticle = new Map<string, { entities: number; relations: number }>();
  const entry = (id: string) => perArticle.get(id) ?? perArticle.set(id, { entities: 0, relations: 0 }).get(id)!;
  for (const id of graph.getAttribute('articles') ?? []) entry(id);
  graph.forEachNode((_k, a) => a.docs.forEach((d) => entry(d).entities++));
  graph.forEachEdge((_k, a) => new Set(a.evidence.map((e) => e.doc)).forEach((d) => entry(d).relations++));
  return {
    entities: graph.order,
    relations: graph.size,
    entitiesByType: Object.fromEntries(countBy(graph.mapNodes((_k, a) => a.type))),
    relationsByType: Object.fromEntries(countBy(graph.mapEdges((_k, a) => a.type))),
    top: byDegree.slice(0, top),
    articles: [...perArticle].map(([id, c]) => ({ id, ...c })).sort((a, b) => (a.id < b.id ? -1 : 1)),
  };
}

export function formatStats(path: string, s: GraphStats): string {
  const lines = [`${path}: ${s.entities} entities, ${s.relations} relations, ${s.articles.length} articles`, '', 'ENTITIES BY TYPE'];
  for (const [type, n] of Object.entries(s.entitiesByType)) lines.push(`  ${type.padEnd(16)}${String(n).padStart(6)}`);
  lines.push('', 'RELATIONS BY TYPE');
  for (const [type, n] of Object.entries(s.relationsByType)) lines.push(`  ${type.padEnd(16)}${String(n).padStart(6)}`);
  lines.push('', `TOP ${s.top.length} ENTITIES BY DEGREE`);
  const width = String(s.top.length).length;
  s.top.forEach((e, i) => {
    lines.push(`  ${String(i + 1).padStart(width)}. ${e.label} (${e.type}) degree ${e.degree}, ${e.mentions} mention${e.mentions === 1 ? '' : 's'}`);
    lines.push(`  ${' '.repeat(width)}  from: ${e.docs.join(', ') || '(no article)'}`);
  });
  lines.push('', 'ARTICLES');
  for (const a of s.articles) lines.push(`  ${a.id}  ${a.entities} entities, ${a.relations} relations`);
  return lines.join('\n') + '\n';
}

export async function runStats(path: string, options: StatsOptions, streams: Streams): Promise<number> {
  let graph: KnowledgeGraph;
  try {
    graph = await readGraphFile(path);
  } catch (error) {
    throw new CommandError((error as Error).message);
  }
  const stats = computeStats(graph, options.top);
  streams.stdout.write(options.json ? `${JSON.stringify(stats, null, 2)}\n` : formatStats(path, stats));
  return 0;
}
