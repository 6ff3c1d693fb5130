// A parser that throws on one file (a bug, or an input it cannot take) must not stop the reading.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';

const root = mkdtempSync(join(tmpdir(), 'vnkg-parser-'));
writeFileSync(join(root, 'a.html'), '<p>Quốc hội họp.</p>');
writeFileSync(join(root, 'b.txt'), 'Quốc hội họp.');
afterAll(() => rmSync(root, { recursive: true, force: true }));

vi.mock('./formats.js', async (importOriginal) => {
  const formats = await importOriginal<typeof import('./formats.js')>();
  return {
    ...formats,
    parseArticleFile: (file: string, text: string) => {
      if (file.endsWith('a.html')) throw new RangeError('Maximum call stack size exceeded');
      return formats.parseArticleFile(file, text);
    },
  };
});

describe('a file its parser fails on', () => {
  it('is skipped with the parser\'s reason and the other inputs are still read', async () => {
    const { readInputs } = await import('./readInputs.js');
    const items = [];
    for await (const item of readInputs([root])) items.push(item);
    expect(items).toEqual([
      { skipped: { input: join(root, 'a.html'), reason: 'cannot parse: Maximum call stack size exceeded' } },
      { article: { id: 'b', text: 'Quốc hội họp.' }, source: join(root, 'b.txt') },
    ]);
  });
});
