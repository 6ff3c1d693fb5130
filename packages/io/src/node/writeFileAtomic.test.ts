import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeFileAtomic } from './writeFileAtomic.js';

const root = mkdtempSync(join(tmpdir(), 'vnkg-write-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('writeFileAtomic', () => {
  it('creates and then replaces a file, leaving no temporary file', async () => {
    const file = join(root, 'graph.json');
    await writeFileAtomic(file, '{"v":1}');
    await writeFileAtomic(file, new TextEncoder().encode('{"v":2}'));
    expect(readFileSync(file, 'utf8')).toBe('{"v":2}');
    expect(readdirSync(root)).toEqual(['graph.json']);
  });

  it('refuses a missing folder with a clear message and creates nothing', async () => {
    const file = join(root, 'missing', 'graph.json');
    await expect(writeFileAtomic(file, 'x')).rejects.toThrow(`cannot write ${file}: folder ${join(root, 'missing')} does not exist`);
    expect(readdirSync(root)).not.toContain('missing');
  });

  it('refuses a target that is a folder and leaves it alone', async () => {
    const dir = join(root, 'out.gexf');
    mkdirSync(dir);
    await expect(writeFileAtomic(dir, 'x')).rejects.toThrow(`cannot write ${dir}: a folder of that name exists`);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('on a failure while writing, keeps the old file and removes the temporary one', async () => {
    const dir = join(root, 'keep');
    mkdirSync(dir);
    const file = join(dir, 'graph.json');
    writeFileSync(file, 'old content');
    await expect(writeFileAtomic(file, 42 as unknown as string)).rejects.toThrow(`cannot write ${file}:`);
    expect(readFileSync(file, 'utf8')).toBe('old content');
    expect(readdirSync(dir)).toEqual(['graph.json']);
  });

  it('writes pieces from an async iterable, in order', async () => {
    const file = join(root, 'pieces.json');
    async function* pieces() {
      yield '{"a":';
      yield Buffer.from('[1,2]');
      yield '}';
    }
    expect(await writeFileAtomic(file, pieces())).toBe(11);
    expect(readFileSync(file, 'utf8')).toBe('{"a":[1,2]}');
    expect(await writeFileAtomic(file, 'Hà Nội')).toBe(Buffer.byteLength('Hà Nội'));
  });

  it('when the pieces fail half-way, keeps the old file and removes the temporary one', async () => {
    const dir = join(root, 'half');
    mkdirSync(dir);
    const file = join(dir, 'graph.json');
    writeFileSync(file, 'old content');
    function* pieces() {
      yield 'new beginning…';
      throw new Error('serializer ran out of memory');
    }
    await expect(writeFileAtomic(file, pieces())).rejects.toThrow(`cannot write ${file}: serializer ran out of memory`);
    expect(readFileSync(file, 'utf8')).toBe('old content');
    expect(readdirSync(dir)).toEqual(['graph.json']);
  });
});
