// In-process: an extractor that throws on one article must cost that article only.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
