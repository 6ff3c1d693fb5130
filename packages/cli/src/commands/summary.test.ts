import { describe, expect, it } from 'vitest';
import { formatSummary } from './build.js';

describe('the build summary', () => {
  it('lists hundreds of thousands of skipped inputs and warnings, one line each', () => {
    const n = 200_000;
    const text = formatSummary({
      read: n,
      extracted: n,
      skipped: Array.from({ length: n }, (_, i) => ({ input: `in/${i}.txt`, reason: 'empty file' })),
      warnings: Array.from({ length: n }, (_, i) => `x.jsonl:${i + 1}: duplicate article id "a" (first from x.jsonl:1): renamed to "a~${i + 2}"`),
      written: [],
      seconds: 1,
    });
    const lines = text.split('\n');
    expect(lines).toContain(`  in/${n - 1}.txt: empty file`);
    expect(lines.filter((l) => l.startsWith('  x.jsonl:'))).toHaveLength(n);
  });
});
