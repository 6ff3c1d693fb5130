// A full disk, simulated: every write to a file handle fails with ENOSPC.
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';

const root = mkdtempSync(join(tmpdir(), 'vnkg-full-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const enospc = () => Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });

vi.mock('node:fs/promises', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs/promises')>();
  return {
    ...fs,
    open: async (...args: Parameters<typeof fs.open>) => {
      const handle = await fs.open(...args);
      return Object.assign(handle, {
        writeFile: () => Promise.reject(enospc()),
        write: () => Promise.reject(enospc()),
      });
    },
  };
});

describe('writeFileAtomic on a full disk', () => {
  it.each([
    ['a string', 'new content'],
    ['pieces', ['new ', 'content']],
  ])('says so for %s, keeps the old file and leaves no temporary file', async (_what, data) => {
    const { writeFileAtomic } = await import('./writeFileAtomic.js');
    const file = join(root, 'graph.json');
    writeFileSync(file, 'old content');
    await expect(writeFileAtomic(file, data)).rejects.toThrow(`cannot write ${file}: no space left on device`);
    expect(readFileSync(file, 'utf8')).toBe('old content');
    expect(readdirSync(root)).toEqual(['graph.json']);
  });
});
