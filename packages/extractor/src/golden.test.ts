// Golden tests: extraction quality on the hand-annotated seeds and the public development set,
// scored by the reference scorer (data/tools/score-graph.mjs), must stay at or above the floors.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildGraph, extract } from './index.js';

const DATA = fileURLToPath(new URL('../../../data/', import.meta.url));

interface Score {
  entities: { all: { f1: number } };
  relations: { all: { f1: number } };
}

function score(folder: string, gold: string): Score {
  const extractions = readdirSync(join(DATA, folder))
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => extract({ id: basename(f, '.txt'), text: readFileSync(join(DATA, folder, f), 'utf8') }));
  const scratch = mkdtempSync(join(tmpdir(), 'vnkg-golden-'));
  try {
    const out = join(scratch, 'graph.json');
    writeFileSync(out, JSON.stringify(buildGraph(extractions).export()));
    return JSON.parse(execFileSync(process.execPath, [join(DATA, 'tools/score-graph.mjs'), join(DATA, gold), out, '--json'], { encoding: 'utf8' })) as Score;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

describe('extraction quality (reference scorer)', () => {
  it('seeds: entity F1 ≥ 0.92, relation F1 ≥ 0.80', () => {
    const s = score('articles', 'gold/seeds.gold.json');
    expect(s.entities.all.f1).toBeGreaterThanOrEqual(0.92);
    expect(s.relations.all.f1).toBeGreaterThanOrEqual(0.8);
  });

  it('Vietnamese development set (other provinces): entity F1 ≥ 0.75, relation F1 ≥ 0.50', () => {
    const s = score('dev/vi', 'dev/vi.gold.json');
    expect(s.entities.all.f1).toBeGreaterThanOrEqual(0.75);
    expect(s.relations.all.f1).toBeGreaterThanOrEqual(0.5);
  });
});
