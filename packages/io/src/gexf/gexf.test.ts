import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sampleGraph } from '../__fixtures__/graphs.js';
import { createKnowledgeGraph } from '../graph.js';
import { toJSON } from '../json.js';
import { TYPE_COLORS, sizeForDegree } from '../palette.js';
import { fromGexf } from './read.js';
import { fixGexf13, toGexf } from './write.js';

const SCHEMA = resolve(import.meta.dirname, '../../../../data/gexf-1.3/gexf.rng');
const scratch = mkdtempSync(join(tmpdir(), 'vnkg-gexf-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function validate(xml: string): { ok: boolean; output: string } {
  const file = join(scratch, `g${Math.random().toString(36).slice(2)}.gexf`);
  writeFileSync(file, xml);
  const run = spawnSync('xmllint', ['--noout', '--relaxng', SCHEMA, file], { encoding: 'utf8' });
  if (run.error) throw new Error(`xmllint is required for this test (apt-get install libxml2-utils): ${run.error.message}`);
  return { ok: run.status === 0, output: run.stderr };
}

describe('toGexf', () => {
  it('writes GEXF 1.3 that validates against the official RELAX NG schema', () => {
    const result = validate(toGexf(sampleGraph()));
    expect(result.output).toContain('validates');
    expect(result.ok).toBe(true);
  });

  it('validates for an empty graph too', () => {
    expect(validate(toGexf(createKnowledgeGraph({ articles: [] }))).ok).toBe(true);
  });

  it("needs its fixes: graphology-gexf's raw 1.3 output is rejected by the schema", () => {
    const xml = toGexf(sampleGraph());
    const unfixed = xml
      .replace('<gexf ', '<gexf xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" ')
      .replace('<viz:thickness', '<viz:size');
    expect(validate(unfixed).ok).toBe(false);
    expect(fixGexf13(unfixed)).toBe(xml);
  });

  it('turns an edge viz:size into viz:thickness but leaves node sizes alone', () => {
    const xml = '<gexf xmlns:xsi="x" xsi:schemaLocation="y"><node id="a"><viz:size value="3"/></node><edge id="e" source="a" target="a"><viz:size value="2"/></edge></gexf>';
    expect(fixGexf13(xml)).toBe('<gexf><node id="a"><viz:size value="3"/></node><edge id="e" source="a" target="a"><viz:thickness value="2"/></edge></gexf>');
  });

  it('colours nodes by type, sizes them by degree and declares typed attributes', () => {
    const xml = toGexf(sampleGraph());
    const node = xml.slice(xml.indexOf('<node id="person:nguyen-van-nen"'), xml.indexOf('</node>'));
    expect(node).toContain(`<viz:color hex="${TYPE_COLORS.person}"/>`);
    expect(node).toContain(`<viz:size value="${sizeForDegree(3)}"/>`);
    expect(node).toMatch(/<viz:position x="-?[\d.]+" y="-?[\d.]+"\/>/);
    expect(xml).toContain('<attribute id="aliases" title="aliases" type="liststring"/>');
    expect(xml).toContain('<attribute id="mentions" title="mentions" type="integer"/>');
    expect(xml).toContain('<attribute id="evidenceStarts" title="evidenceStarts" type="listinteger"/>');
  });

  it('is deterministic: the same graph gives the same file', () => {
    expect(toGexf(sampleGraph())).toBe(toGexf(sampleGraph()));
  });

  it('does not write layout coordinates into the caller graph', () => {
    const g = sampleGraph();
    toGexf(g);
    expect(g.getNodeAttributes('loc:tphcm')).not.toHaveProperty('x');
  });

  it('writes no positions with layout: false', () => {
    expect(toGexf(sampleGraph(), { layout: false })).not.toContain('viz:position');
  });

  it('replaces characters XML cannot carry with spaces, keeping offsets valid', () => {
    const g = sampleGraph();
    g.updateNodeAttribute('loc:tphcm', 'label', () => 'TP\u0001HCM');
    const xml = toGexf(g);
    expect(validate(xml).ok).toBe(true);
    expect(fromGexf(xml).getNodeAttribute('loc:tphcm', 'label')).toBe('TP HCM');
  });
});

describe('fromGexf', () => {
  it('reads back exactly the nodes, edges and attributes that were written', () => {
    const g = sampleGraph();
    expect(toJSON(fromGexf(toGexf(g)))).toEqual(toJSON(g));
  });

  it('keeps list items that contain commas and quotes whole', () => {
    const back = fromGexf(toGexf(sampleGraph()));
    expect(back.getNodeAttribute('org:bcd-pctn-tphcm', 'aliases')).toEqual([
      'Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực TPHCM',
      "O'Brien \"quoted\", both",
    ]);
  });

  it('keeps viz data when asked', () => {
    const back = fromGexf(toGexf(sampleGraph()), { viz: true });
    const attrs = back.getNodeAttributes('doc:kh-1') as unknown as Record<string, unknown>;
    expect(attrs.color).toBe(TYPE_COLORS.document);
    expect(typeof attrs.x).toBe('number');
  });

  it('rejects text that is not XML', () => {
    expect(() => fromGexf('{"nodes": []}')).toThrow(/not well-formed XML/);
  });

  it('rejects XML that is not GEXF', () => {
    expect(() => fromGexf('<?xml version="1.0"?><html><body/></html>')).toThrow(/not a GEXF file: root element is <html>/);
  });

  it('names the node whose evidence lists disagree', () => {
    const xml = toGexf(sampleGraph()).replace(/(<attvalue for="evidenceEnds" value=")\[136, 23\]/, '$1[136]');
    expect(() => fromGexf(xml)).toThrow(/node "person:nguyen-van-nen": evidence lists differ in length \(2 sentences, 1 ends\)/);
  });

  it('names the node with an unknown entity type', () => {
    const xml = toGexf(sampleGraph()).replace('<attvalue for="type" value="location"/>', '<attvalue for="type" value="planet"/>');
    expect(() => fromGexf(xml)).toThrow(/node "loc:tphcm".type: expected one of person, organization/);
  });
});
