// Root ignores file modes, so an unreadable folder is simulated by failing readdir.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';

const root = mkdtempSync(join(tmpdir(), 'vnkg-perm-'));
mkdirSync(join(root, 'locked'));
writeFileSync(join(root, 'ok.txt'), 'Quốc hội họp.');
afterAll(() => rmSync(root, { recursive: true, force: true }));

vi.mock('node:fs/promises', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs/promises')>();
  return {
    ...fs,
    readdir: async (path: string) => {
      if (String(path).endsWith('locked')) throw Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
      return fs.readdir(path);
    },
  };
});

describe('an unreadable folder', () => {
  it('is skipped with "permission denied" and the other inputs are still read', async () => {
    const { readInputs } = await import('./readInputs.js');
    const items = [];
    for await (const item of readInputs([join(root, 'locked'), join(root, 'ok.txt')])) items.push(item);
    expect(items).toEqual([
      { skipped: { input: join(root, 'locked'), reason: 'cannot read folder: permission denied' } },
      { article: { id: 'ok', text: 'Quốc hội họp.' }, source: join(root, 'ok.txt') },
    ]);
  });
});
