// In-process: an extractor that throws on one article must cost that article only.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { captureStreams } from '../../test/helpers.js';

vi.mock('@vnkg/extractor', async (importOriginal) => {
  const real = await importOriginal<typeof import('@vnkg/extractor')>();
  return {
    ...real,
    extract: (article: import('@vnkg/extractor').Article) => {
      if (article.id === 'cursed') throw new Error('recognizer blew up');
      return real.extract(article);
    },
  };
});

const scratch = mkdtempSync(join(tmpdir(), 'vnkg-build-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('vnkg build when the extractor throws', () => {
  it('skips that article with the reason and builds the rest', async () => {
    const { runCli } = await import('../program.js');
    writeFileSync(join(scratch, 'fine.txt'), 'Bí thư Thành ủy TPHCM Nguyễn Văn Nên chủ trì hội nghị.');
    writeFileSync(join(scratch, 'cursed.txt'), 'Quốc hội thông qua Nghị quyết 98/2023/QH15.');
    const streams = captureStreams();
    const out = join(scratch, 'graph.json');
    const code = await runCli(['build', scratch, '-o', out], streams);
    expect(code).toBe(0);
    expect(streams.err()).toContain(`  ${join(scratch, 'cursed.txt')}: extraction failed: recognizer blew up`);
    expect(streams.err()).toMatch(/^read 2 articles, extracted 1, skipped 1$/m);
    expect(JSON.parse(readFileSync(out, 'utf8')).attributes.articles).toEqual(['fine']);
  });

  it('with --strict, fails and writes nothing', async () => {
    const { runCli } = await import('../program.js');
    const streams = captureStreams();
    const out = join(scratch, 'strict.json');
    expect(await runCli(['build', scratch, '--strict', '-o', out], streams)).toBe(1);
    expect(() => readFileSync(out)).toThrow();
  });
});

describe('vnkg build --max-evidence', () => {
  const dir = join(scratch, 'evidence');
  type Serialized = { nodes: Array<{ key: string; attributes: { mentions: number; evidence: unknown[] } }>; edges: Array<{ key: string; attributes: { weight: number; evidence: unknown[] } }> };
  async function graphWith(args: string[]): Promise<{ code: number; graph: Serialized }> {
    const { runCli } = await import('../program.js');
    const out = join(scratch, `evidence-${args.join('-') || 'default'}.json`);
    const code = await runCli(['build', dir, '--no-cache', '-q', '-o', out, ...args], captureStreams());
    return { code, graph: code === 0 ? (JSON.parse(readFileSync(out, 'utf8')) as Serialized) : { nodes: [], edges: [] } };
  }
  const counts = (g: Serialized) => [g.nodes.map((n) => [n.key, n.attributes.mentions]), g.edges.map((e) => [e.key, e.attributes.weight])];

  it('keeps at most N evidence records per node and edge, 50 by default, while mentions and weight count all', async () => {
    mkdirSync(dir, { recursive: true });
    const sentence = (n: number) => `Bí thư Thành ủy TPHCM Nguyễn Văn Nên chủ trì phiên họp thứ ${n} của Quốc hội.`;
    writeFileSync(join(dir, 'many.txt'), Array.from({ length: 60 }, (_, n) => sentence(n + 1)).join('\n'));
    const all = await graphWith(['--max-evidence', 'all']);
    const capped = await graphWith(['--max-evidence', '2']);
    const byDefault = await graphWith([]);
    expect([all.code, capped.code, byDefault.code]).toEqual([0, 0, 0]);
    const most = (g: Serialized) => Math.max(...g.nodes.map((n) => n.attributes.evidence.length), ...g.edges.map((e) => e.attributes.evidence.length));
    expect(most(all.graph)).toBeGreaterThan(50);
    expect(most(byDefault.graph)).toBe(50);
    expect(most(capped.graph)).toBe(2);
    expect(counts(capped.graph)).toEqual(counts(all.graph));
    expect(counts(byDefault.graph)).toEqual(counts(all.graph));
  });

  it('rejects a cap that is not a positive whole number or "all" as bad usage', async () => {
    const { runCli } = await import('../program.js');
    for (const bad of ['0', '-3', '2.5', 'some']) {
      const streams = captureStreams();
      expect(await runCli(['build', dir, '--max-evidence', bad, '-o', join(scratch, 'never.json')], streams)).toBe(2);
      expect(streams.err()).toContain('expected a positive whole number or "all"');
    }
  });
});
