import { describe, expect, it } from 'vitest';
import { fromJSON, toGexf, toJSON } from '@vnkg/io';
import { sampleGraph } from '../../test/sampleGraph';
import { toExplorerGraph } from '../graph/create';
import { extractArticles } from './extractArticles';
import type { Extractor } from './importFiles';
import { importFiles, type NamedText } from './importFiles';

const file = (name: string, text: string): NamedText => ({ name, text: async () => text });

/** The worker's code, run in-process: same function, no Worker in jsdom. */
const inProcess: Extractor = async (files, onProgress) => {
  const errors: { name: string; reason: string }[] = [];
  const graph = extractArticles(files, (m) => {
    if (m.type === 'progress') onProgress(m);
    if (m.type === 'fileError') errors.push(m);
  });
  const { ImportError } = await import('./errors');
  return { graph: graph ? toExplorerGraph(fromJSON(graph)) : null, errors: errors.map((e) => new ImportError(e.name, e.reason)) };
};

const snapshot = (g: ReturnType<typeof sampleGraph>) => JSON.stringify(g.export());

describe('importFiles', () => {
  it('reports on more articles than a call takes arguments, each imported or failed by name', async () => {
    const n = 600_000;
    const files = Array.from({ length: n }, (_, i) => file(`a${i}.txt`, 'Quốc hội họp.'));
    const { ImportError } = await import('./errors');
    // Half fail: the report names each, and the other half as imported.
    const halfFail: Extractor = async (articles) => ({ graph: null, errors: articles.filter((_, i) => i % 2).map((a) => new ImportError(a.name, 'no text')) });
    const report = await importFiles(sampleGraph(), files, halfFail);
    expect(report.errors).toHaveLength(n / 2);
    expect(report.imported).toHaveLength(n / 2);
    expect(report.imported[0]).toBe('a0.txt');
  });

  it('rejects a malformed GEXF naming the file, and leaves the graph unchanged', async () => {
    const g = sampleGraph();
    const before = snapshot(g);
    const report = await importFiles(g, [file('broken.gexf', '<gexf><graph><nodes><node id="a"></nodes>')], inProcess);
    expect(report.errors).toHaveLength(1);
    expect(report.errors[0]!.message).toMatch(/^broken\.gexf: not well-formed XML/);
    expect(report.imported).toEqual([]);
    expect(snapshot(g)).toBe(before);
  });

  it('rejects JSON that is not a graph, and unsupported files, with the reason', async () => {
    const g = sampleGraph();
    const before = snapshot(g);
    const report = await importFiles(
      g,
      [file('bad.json', '{"nodes": [{"key": "x", "attributes": {"label": "X", "type": "alien"}}]}'), file('notes.pdf', '%PDF'), file('half.json', '{"nodes": [')],
      inProcess,
    );
    expect(report.errors.map((e) => e.message)).toEqual([
      expect.stringMatching(/^bad\.json: nodes\[0\]\.attributes\.type: expected one of person/),
      'notes.pdf: unsupported file type (expected .gexf, .json, .txt or .md)',
      expect.stringMatching(/^half\.json: not valid JSON/),
    ]);
    expect(snapshot(g)).toBe(before);
  });

  it('merges a GEXF graph: new entities are added, known ones keep their place', async () => {
    const g = sampleGraph();
    const other = sampleGraph();
    other.dropNode('person:nen');
    other.addNode('person:new', { label: 'Trần Lưu Quang', type: 'person', aliases: ['Trần Lưu Quang'], docs: ['a3'], lang: ['vi'], mentions: 1, evidence: [], x: 0, y: 0 });
    other.addDirectedEdge('person:new', 'org:tu', { type: 'holds_position', role: 'Phó Bí thư', evidence: [], weight: 1 });
    other.setAttribute('articles', ['a3']);
    const report = await importFiles(g, [file('other.gexf', toGexf(other))], inProcess);
    expect(report.errors).toEqual([]);
    expect(report).toMatchObject({ imported: ['other.gexf'], addedNodes: 1, addedEdges: 1 });
    expect(g.getNodeAttribute('person:new', 'label')).toBe('Trần Lưu Quang');
    expect(g.getNodeAttributes('org:tu')).toMatchObject({ x: 10, y: 0 });
    expect(g.getAttribute('articles')).toEqual(['a1', 'a2', 'a3']);
    expect(Number.isFinite(g.getNodeAttribute('person:new', 'x'))).toBe(true);
  });

  it('extracts articles, reports progress, and names an empty article', async () => {
    const g = sampleGraph();
    const progress: number[] = [];
    const text = 'Sáng 5-3, Bí thư Thành ủy TPHCM Nguyễn Văn Nên chủ trì hội nghị. Phó Bí thư Thành ủy TPHCM Nguyễn Hồ Hải phát biểu.';
    const report = await importFiles(g, [file('new-article.txt', text), file('empty.txt', '  \n')], inProcess, (p) => progress.push(p.done));
    expect(progress).toEqual([1, 2]);
    expect(report.errors.map((e) => e.message)).toEqual(['empty.txt: empty file']);
    expect(report.imported).toEqual(['new-article.txt']);
    expect(g.getAttribute('articles')).toContain('new-article');
    const hai = g.findNode((_k, a) => a.label === 'Nguyễn Hồ Hải');
    expect(hai).toBeDefined();
    expect(g.getNodeAttribute(hai!, 'docs')).toEqual(['new-article']);
  });

  it('keeps positions from the explorer’s own JSON export', async () => {
    const g = toExplorerGraph(fromJSON({ nodes: [] }));
    const data = toJSON(sampleGraph());
    await importFiles(g, [file('view.json', JSON.stringify(data))], inProcess);
    expect(g.getNodeAttributes('doc:nq24')).toMatchObject({ x: 10, y: 10 });
  });
});
