// The English dev set (data/dev/en) scored by the reference scorer, as a child process.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../extract.js';
import { buildGraph } from '../graph.js';

const root = join(import.meta.dirname, '../../../..');
const devDir = join(root, 'data/dev/en');

describe('golden: English dev articles', () => {
  it('holds entity F1 ≥ 0.70 and relation F1 ≥ 0.45', () => {
    const files = readdirSync(devDir).filter((f) => f.endsWith('.txt')).sort();
    const graph = buildGraph(files.map((f) => extract({ id: f.slice(0, -4), text: readFileSync(join(devDir, f), 'utf8') })));
    const scratch = mkdtempSync(join(tmpdir(), 'vnkg-en-'));
    const out = join(scratch, 'graph.json');
    writeFileSync(out, JSON.stringify(graph.export()));
    const result = JSON.parse(execFileSync(process.execPath, [join(root, 'data/tools/score-graph.mjs'), join(root, 'data/dev/en.gold.json'), out, '--json'], { encoding: 'utf8' })) as {
      entities: { all: { f1: number } };
      relations: { all: { f1: number } };
    };
    rmSync(scratch, { recursive: true, force: true });
    expect(result.entities.all.f1).toBeGreaterThanOrEqual(0.7);
    expect(result.relations.all.f1).toBeGreaterThanOrEqual(0.45);
  }, 60_000);
});
