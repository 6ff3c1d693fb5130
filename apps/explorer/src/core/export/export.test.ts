import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fromGexf } from '@vnkg/io';
import { sampleGraph } from '../../test/sampleGraph';
import { computeVisibility, NO_FILTERS } from '../filters';
import { readJsonGraph } from '../import/readGraph';
import { toViewGexf } from './gexf';
import { toViewJson } from './json';
import { visibleSubgraph } from './subgraph';

const SCHEMA = path.resolve(__dirname, '../../../../../data/gexf-1.3/gexf.rng');

describe('export of the current view', () => {
  const g = sampleGraph();
  const view = visibleSubgraph(g, computeVisibility(g, { ...NO_FILTERS, hiddenTypes: ['location'] }));
  const look = (key: string) => ({ x: g.getNodeAttribute(key, 'x') + 0.5, y: g.getNodeAttribute(key, 'y'), color: '#ff0000', size: 7 });

  it('keeps only visible entities and relations, and the articles they cite', () => {
    expect(view.hasNode('loc:hcm')).toBe(false);
    expect(view.size).toBe(3);
    expect(view.getAttribute('articles')).toEqual(['a1', 'a2']);
    expect(view.getNodeAttributes('org:tu')).not.toHaveProperty('x');
  });

  it('writes GEXF with the view’s colours, sizes and positions that reads back', () => {
    const xml = toViewGexf(view, look);
    const back = fromGexf(xml, { viz: true });
    expect(back.order).toBe(4);
    expect(back.getNodeAttributes('doc:nq24')).toMatchObject({ x: 10.5, y: 10, size: 7, color: 'rgb(255,0,0)', label: 'Nghị quyết 24' });
    expect(back.getEdgeAttribute('person:nen|holds_position|org:tu', 'evidence')).toEqual(g.getEdgeAttribute('person:nen|holds_position|org:tu', 'evidence'));
  });

  it.runIf(existsSync(SCHEMA))('writes GEXF that validates against the GEXF 1.3 schema', () => {
    const scratch = mkdtempSync(path.join(tmpdir(), 'vnkg-gexf-'));
    const file = path.join(scratch, 'view.gexf');
    writeFileSync(file, toViewGexf(view, look));
    try {
      expect(() => execFileSync('xmllint', ['--noout', '--relaxng', SCHEMA, file], { stdio: 'pipe' })).not.toThrow();
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  });

  it('writes JSON with positions that re-imports to the same picture', () => {
    const json = toViewJson(view, (key) => ({ x: g.getNodeAttribute(key, 'x'), y: g.getNodeAttribute(key, 'y') }));
    const back = readJsonGraph('view.json', JSON.stringify(json));
    expect(back.getNodeAttributes('org:bct')).toMatchObject({ x: 0, y: 10, label: 'Bộ Chính trị' });
    expect(back.size).toBe(3);
  });
});
