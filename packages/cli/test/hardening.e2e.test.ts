// The built command against hostile inputs and outputs: every skip named with its reason,
// nothing else lost; an interrupted build writes nothing and leaves a cache that checks out.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readCacheIndex, recordBody } from '../src/cache.js';
import { afterAll, describe, expect, it } from 'vitest';
import { fromJSON } from '@vnkg/io';
import { ARTICLES, BIN, vnkg } from './helpers.js';

const scratch = mkdtempSync(join(tmpdir(), 'vnkg-hard-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const at = (...parts: string[]) => join(scratch, ...parts);
const SAMPLE = readFileSync(join(ARTICLES, '002_fd758775aea649a6.txt'), 'utf8');
const articlesOf = (file: string) => fromJSON(JSON.parse(readFileSync(file, 'utf8'))).getAttribute('articles');

describe('vnkg build on every kind of awkward input', () => {
  it('reads what can be read, skips the rest with reasons, and lists them all', () => {
    const dir = at('inputs');
    mkdirSync(join(dir, 'loop'), { recursive: true });
    writeFileSync(join(dir, 'crlf.txt'), SAMPLE.replace(/\n/g, '\r\n'));
    writeFileSync(join(dir, 'utf16.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(SAMPLE, 'utf16le')]));
    writeFileSync(join(dir, 'cp1258.txt'), Buffer.from([0x48, 0xe0, 0x20, 0x4e, 0xf4, 0xf2, 0x69, 0x0a]));
    writeFileSync(join(dir, 'page.html'), `<html><head><title>Tin</title><style>p{}</style><script>alert("x")</script></head><body><nav>Menu</nav><article><p>${SAMPLE}</p></article></body></html>`);
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'blob.txt'), Buffer.from([0x00, 0x01, 0x02, 0xff]));
    writeFileSync(join(dir, 'lines.jsonl'), [JSON.stringify({ id: 'crlf', text: SAMPLE }), '{"id": "x", "text"', JSON.stringify({ id: 'j2', text: SAMPLE })].join('\n'));
    symlinkSync(dir, join(dir, 'loop', 'back'));
    const out = at('awkward.json');
    const run = vnkg(['build', dir, '--no-cache', '-o', out]);
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/^read 5 articles, extracted 5, skipped 5$/m);
    for (const [input, reason] of [
      [join(dir, 'blob.txt'), 'binary file (contains NUL bytes)'],
      [join(dir, 'cp1258.txt'), 'not valid UTF-8 (first bad byte on line 1)'],
      [join(dir, 'empty.txt'), 'empty file'],
      [`${join(dir, 'lines.jsonl')}:2`, 'not valid JSON'],
      [join(dir, 'loop', 'back'), 'symbolic link loop'],
    ]) expect(run.stderr).toContain(`  ${input}: ${reason}`);
    expect(run.stderr).toContain(`duplicate article id "crlf" (first from ${join(dir, 'crlf.txt')}): renamed to "crlf~2"`);
    expect(articlesOf(out)).toEqual(['crlf', 'crlf~2', 'j2', 'page', 'utf16']);
    const graph = JSON.parse(readFileSync(out, 'utf8')) as { nodes: Array<{ attributes: { label: string } }> };
    expect(JSON.stringify(graph)).not.toContain('alert');
  });
});

describe('vnkg build with an unwritable destination', () => {
  it('a read-only place gives a clear error and exit 1, and leaves no temporary file', () => {
    const run = vnkg(['build', join(ARTICLES, '002_fd758775aea649a6.txt'), '--no-cache', '-o', at('fine.json'), '-o', '/sys/vnkg-graph.json']);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/vnkg: cannot write \/sys\/vnkg-graph\.json: (permission denied|read-only file system)/);
    expect(readdirSync(scratch).filter((f) => f.includes('.tmp'))).toEqual([]);
  });
});

describe('vnkg build interrupted with Ctrl-C', () => {
  it('writes no output, exits 130, and every cache entry left behind checks out', async () => {
    const texts = readdirSync(ARTICLES).map((f) => readFileSync(join(ARTICLES, f), 'utf8'));
    const lines = Array.from({ length: 300 }, (_, i) => JSON.stringify({ id: `big-${i}`, text: texts[i % texts.length] }));
    writeFileSync(at('big.jsonl'), lines.join('\n'));
    mkdirSync(at('out'));
    writeFileSync(at('out', 'graph.json'), 'OLD');
    const cache = at('cache');
    const child = spawn(process.execPath, [BIN, 'build', at('big.jsonl'), '--jobs', '2', '--cache-dir', cache, '-o', at('out', 'graph.json'), '-o', at('out', 'graph.gexf')]);
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += String(d)));
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
    const entries = () => [...readCacheIndex(cache)];
    const deadline = Date.now() + 30_000;
    while (entries().length < 10 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    expect(entries().length).toBeGreaterThanOrEqual(10);
    child.kill('SIGINT');
    expect(await exited).toBe(130);
    expect(stderr).toContain('vnkg: interrupted: no output written');
    expect(readFileSync(at('out', 'graph.json'), 'utf8')).toBe('OLD');
    expect(readdirSync(at('out'))).toEqual(['graph.json']);
    const left = entries();
    expect(left.length).toBeLessThan(300);
    for (const [key, record] of left) {
      const parsed = JSON.parse(recordBody(cache, record, key) ?? 'null') as { key: string };
      expect(parsed.key).toBe(key);
    }
    const resumed = vnkg(['build', at('big.jsonl'), '--jobs', '2', '--cache-dir', cache, '-o', at('out', 'graph.json')]);
    expect(resumed.status).toBe(0);
    expect(resumed.stderr).toContain(`cache: ${left.length} hits, ${300 - left.length} misses in ${cache}`);
  });
});
