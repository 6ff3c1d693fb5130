import { describe, expect, it } from 'vitest';
import { GraphBuilder, buildGraph } from './graph.js';
import { extract } from './extract.js';
import type { Article } from './types.js';

const articles: Article[] = [
  { id: 'b', text: 'Ban Thường vụ Thành ủy TPHCM quán triệt Nghị quyết 98 của Quốc hội.' },
  { id: 'a', text: 'Nghị quyết số 98/2023/QH15 của Quốc hội về thí điểm cơ chế đặc thù phát triển TPHCM.\nBí thư Thành ủy TPHCM Nguyễn Văn Nên phát biểu.' },
];

describe('buildGraph', () => {
  it('merges entities across articles and keeps every alias and article', () => {
    const graph = buildGraph(articles.map((a) => extract(a)));
    const nodes = graph.filterNodes((_, a) => a.label === 'Thành ủy TPHCM');
    expect(nodes).toHaveLength(1);
    expect(graph.getNodeAttribute(nodes[0]!, 'docs')).toEqual(['a', 'b']);
    expect(graph.getAttribute('articleLangs')).toEqual({ a: 'vi', b: 'vi' });
    // "Nghị quyết 98" in b has no code in its own article: the corpus gives it one.
    const resolution = graph.filterNodes((_, a) => a.type === 'document');
    expect(resolution).toHaveLength(1);
    expect(graph.getNodeAttribute(resolution[0]!, 'aliases')).toEqual(expect.arrayContaining(['Nghị quyết 98/2023/QH15', 'Nghị quyết 98']));
  });

  it('gives a position written in other cases one edge, within an article and across articles', () => {
    const within = extract({ id: 'w', text: 'Phó thủ tướng Thường trực Chính phủ Nguyễn Hòa Bình dự. Phó Thủ tướng Thường trực Chính phủ Nguyễn Hòa Bình phát biểu.' });
    expect(within.relations.filter((r) => r.type === 'holds_position').map((r) => r.role)).toEqual(['Phó thủ tướng Thường trực']);
    const graph = buildGraph([
      extract({ id: 'x', text: 'Phó thủ tướng Thường trực Chính phủ Nguyễn Hòa Bình dự.' }),
      extract({ id: 'y', text: 'Phó Thủ tướng Thường trực Chính phủ Nguyễn Hòa Bình dự.' }),
    ]);
    const positions = graph.filterEdges((_, a) => a.type === 'holds_position');
    expect(positions).toHaveLength(1);
    expect(graph.getEdgeAttribute(positions[0]!, 'weight')).toBe(2);
  });

  it('moves the edges of a document reference onto the document it names, adding weights and evidence', () => {
    const graph = buildGraph(articles.map((a) => extract(a)));
    const full = 'doc:resolution:98:98/2023/qh15';
    expect(graph.hasNode('doc:resolution:98:by-quoc-hoi')).toBe(false);
    const edges = graph.mapEdges((key, a, source, target) => [key, source, target, a.weight, a.evidence.map((e) => e.doc)]);
    expect(edges).toEqual(expect.arrayContaining([
      [`org:quoc-hoi|issued|${full}`, 'org:quoc-hoi', full, 2, ['a', 'b']],
      [`org:ban-thuong-vu-thanh-uy-thanh-pho-ho-chi-minh|implements|${full}`, 'org:ban-thuong-vu-thanh-uy-thanh-pho-ho-chi-minh', full, 1, ['b']],
    ]));
    expect(edges.filter(([key]) => String(key).includes('by-quoc-hoi'))).toEqual([]);
    expect(graph.edges()).toEqual([...graph.edges()].sort());
  });

  it('keeps evidence that quotes and points into the article text as written (old tone marks too)', () => {
    const written = [...articles, { id: 'c', text: 'Bí thư Thành uỷ Khánh Hoà Nguyễn Hải Ninh phát biểu.' }];
    const graph = buildGraph(written.map((a) => extract(a)));
    const texts = new Map(written.map((a) => [a.id, a.text.normalize('NFC')]));
    expect(graph.someNode((_, a) => a.evidence.some((e) => e.sentence.includes('Thành uỷ Khánh Hoà')))).toBe(true);
    const check = (e: { doc: string; sentence: string; sentenceStart: number; start: number; end: number }) => {
      expect(texts.get(e.doc)!.slice(e.sentenceStart, e.sentenceStart + e.sentence.length)).toBe(e.sentence);
    };
    graph.forEachNode((_, a) => a.evidence.forEach(check));
    graph.forEachEdge((_, a) => a.evidence.forEach(check));
  });

  it('keeps evidence that points into the article text', () => {
    const graph = buildGraph(articles.map((a) => extract(a)));
    const texts = new Map(articles.map((a) => [a.id, a.text.normalize('NFC')]));
    const check = (e: { doc: string; sentence: string; sentenceStart: number; start: number; end: number }) => {
      const text = texts.get(e.doc)!;
      expect(text.slice(e.sentenceStart, e.sentenceStart + e.sentence.length)).toBe(e.sentence);
      expect(e.start).toBeGreaterThanOrEqual(e.sentenceStart);
      expect(e.end).toBeLessThanOrEqual(e.sentenceStart + e.sentence.length);
    };
    graph.forEachNode((_, a) => a.evidence.forEach(check));
    graph.forEachEdge((_, a) => {
      expect(a.evidence.length).toBeGreaterThan(0);
      expect(a.weight).toBe(a.evidence.length); // no cap: every piece of evidence is kept
      a.evidence.forEach(check);
    });
  });

  it('gives the same graph whatever the order of the articles', () => {
    const forward = buildGraph(articles.map((a) => extract(a)));
    const backward = buildGraph([...articles].reverse().map((a) => extract(a)));
    expect(JSON.stringify(backward.export())).toBe(JSON.stringify(forward.export()));
  });
});

describe('GraphBuilder', () => {
  it('builds the same graph one article at a time as buildGraph', () => {
    const builder = new GraphBuilder();
    for (const a of [...articles].sort((x, y) => x.id.localeCompare(y.id))) builder.add(extract(a));
    expect(JSON.stringify(builder.build().export())).toBe(JSON.stringify(buildGraph(articles.map((a) => extract(a))).export()));
  });

  it('caps evidence per node and edge but keeps counting', () => {
    const many = Array.from({ length: 6 }, (_, i) => extract({ id: `a${i}`, text: 'Bí thư Thành ủy TPHCM Nguyễn Văn Nên phát biểu.' }));
    const graph = buildGraph(many, { maxEvidence: 2 });
    const node = graph.findNode((_, a) => a.label === 'Nguyễn Văn Nên')!;
    expect(graph.getNodeAttribute(node, 'evidence')).toHaveLength(2);
    expect(graph.getNodeAttribute(node, 'mentions')).toBe(6);
    const edge = graph.findEdge((_, a) => a.type === 'holds_position')!;
    expect(graph.getEdgeAttribute(edge, 'evidence')).toHaveLength(2);
    expect(graph.getEdgeAttribute(edge, 'weight')).toBe(6);
  });

  it('adds an article once: the same id again changes nothing', () => {
    const once = new GraphBuilder().add(extract(articles[0]!)).build();
    const twice = new GraphBuilder().add(extract(articles[0]!)).add(extract(articles[0]!)).build();
    expect(JSON.stringify(twice.export())).toBe(JSON.stringify(once.export()));
  });
});
