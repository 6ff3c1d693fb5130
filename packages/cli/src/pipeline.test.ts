// The pipeline with a pool that finishes articles out of order: results must still come out in
// reading order, and reading must pause rather than pile up results behind a slow article.
import { describe, expect, it, vi } from 'vitest';
import type { Article, Extraction } from '@vnkg/extractor';
import type { InputItem } from '@vnkg/io/node';
import type { ExtractRequest, ExtractResult } from './extractOne.js';
import { pack } from './packed.js';

const THREADS = 2;
const pending: Array<{ id: string; settle: (result: ExtractResult) => void }> = [];

vi.mock('./extractPool.js', () => ({
  MIN_ARTICLES_FOR_THREADS: 32,
  defaultJobs: () => THREADS,
  // Answers nothing until the test says so, in whatever order it picks.
  createPool: () => ({
    threads: THREADS,
    extract: (request: ExtractRequest) =>
      new Promise<ExtractResult>((settle) => {
        pending.push({ id: request.article.id, settle });
      }),
    close: async () => {},
  }),
}));

const extraction = (article: Article): Extraction => ({ article: { id: article.id, lang: 'vi' }, entities: [], relations: [] });

describe('runPipeline', () => {
  it('hands results on in reading order, with skips and failures in place, holding a bounded window', async () => {
    const { runPipeline } = await import('./pipeline.js');
    const total = 600;
    let read = 0;
    async function* items(): AsyncGenerator<InputItem> {
      for (let n = 0; n < total; n++) {
        read = n + 1;
        if (n % 100 === 50) yield { skipped: { input: `bad-${n}`, reason: 'empty file' } };
        else yield { article: { id: `a${n}`, text: 'Quốc hội họp.' }, source: `a${n}.txt` };
      }
    }
    const handed: string[] = [];
    let maxAhead = 0;
    const run = runPipeline(items(), {
      jobs: THREADS,
      onExtraction: (e) => handed.push(e.article.id),
    });
    // Keep the first article waiting while the rest are answered newest first.
    const first = await nextPending();
    while (read < total || pending.length) {
      // Items read past the last one handed on (everything before it is handed on or listed as skipped).
      maxAhead = Math.max(maxAhead, read - (handed.length ? Number(handed.at(-1)!.slice(1)) + 1 : 0));
      const job = pending.pop();
      if (!job) {
        if (handed.length === 0 && read < total) {
          // Reading stopped behind the first article: the window is full. Release it.
          first.settle({ packed: JSON.stringify(pack(extraction({ id: first.id, text: '' }))), cache: 'off' });
        }
        await new Promise((resolve) => setImmediate(resolve));
        continue;
      }
      job.settle(job.id === 'a7' ? { error: 'boom', cache: 'off' } : { packed: JSON.stringify(pack(extraction({ id: job.id, text: '' }))), cache: 'off' });
      await new Promise((resolve) => setImmediate(resolve));
    }
    const result = await run;
    const expected = Array.from({ length: total }, (_, n) => n)
      .filter((n) => n % 100 !== 50 && n !== 7)
      .map((n) => `a${n}`);
    expect(handed).toEqual(expected);
    expect(result.extracted).toBe(expected.length);
    expect(result.read).toBe(total - 6);
    expect(result.skipped.map((s) => s.input)).toEqual(['a7.txt', 'bad-50', 'bad-150', 'bad-250', 'bad-350', 'bad-450', 'bad-550']);
    // 64 per thread may wait behind the first article, plus the one the reader has in hand.
    expect(maxAhead).toBeGreaterThan(THREADS * 32);
    expect(maxAhead).toBeLessThanOrEqual(THREADS * 64 + 1);
  });
});

async function nextPending() {
  while (!pending.length) await new Promise((resolve) => setImmediate(resolve));
  return pending.shift()!;
}
