// The extraction cache: what makes an entry, and that a bad entry is recomputed, never trusted.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, readlinkSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { EXTRACTOR_VERSION, createLexicon, extract, type Article } from '@vnkg/extractor';
import { captureStreams } from '../test/helpers.js';
import {
  PACKS_FOLDER,
  appendRecord,
  cacheKey,
  closePack,
  encodeRecord,
  extractorCodeHash,
  extractorFolder,
  hashFolder,
  lexiconHash,
  readCacheIndex,
  readEntry,
  recordBody,
  writeEntry,
} from './cache.js';
import { pack } from './packed.js';
import { runCli } from './program.js';

const scratch = mkdtempSync(join(tmpdir(), 'vnkg-cache-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const at = (...parts: string[]) => join(scratch, ...parts);

const ARTICLES: Record<string, string> = {
  a: 'Bí thư Thành ủy TPHCM Nguyễn Văn Nên chủ trì hội nghị.',
  b: 'Quốc hội thông qua Nghị quyết 98/2023/QH15 về thí điểm cơ chế đặc thù.',
  c: 'Ủy ban nhân dân tỉnh Nghệ An triển khai Nghị quyết 39-NQ/TW.',
};

async function build(args: string[]) {
  const streams = captureStreams();
  const code = await runCli(['build', at('in'), ...args], streams);
  return { code, err: streams.err() };
}
const cacheLine = (err: string) => /^cache: .*$/m.exec(err)?.[0].replace(/ in .*$/, '');

beforeEach(() => {
  rmSync(at('in'), { recursive: true, force: true });
  rmSync(at('cache'), { recursive: true, force: true });
  mkdirSync(at('in'));
  for (const id of ['a', 'b']) writeFileSync(at('in', `${id}.txt`), ARTICLES[id]!);
});

describe('cache key', () => {
  const article: Article = { id: 'x', text: 'Quốc hội họp.', title: 'Họp', date: '2024-05-01' };
  it.each([
    ['text', { text: 'Quốc hội họp phiên bế mạc.' }],
    ['id', { id: 'y' }],
    ['title', { title: 'Bế mạc' }],
    ['date', { date: '2024-05-02' }],
    ['forced language', { lang: 'en' as const }],
  ])('changes with the %s', (_what, change) => {
    expect(cacheKey({ ...article, ...change })).not.toBe(cacheKey(article));
  });

  it('is the same for the same article, and changes with the lexicon', () => {
    expect(cacheKey({ ...article })).toBe(cacheKey(article));
    const extended = createLexicon({ titles: ['Trưởng Ban Chỉ đạo Thí điểm'] });
    expect(lexiconHash(extended)).not.toBe(lexiconHash());
    expect(cacheKey(article, extended)).not.toBe(cacheKey(article));
  });
});

describe('extractor code hash', () => {
  it('is taken over the @vnkg/extractor in use (dist when built, src under the tests)', () => {
    expect(extractorFolder()).toMatch(/packages[\\/]extractor[\\/](dist|src)$/);
    expect(extractorCodeHash()).toBe(hashFolder(extractorFolder()));
    const article: Article = { id: 'x', text: 'Quốc hội họp.' };
    expect(cacheKey(article)).toBe(cacheKey(article, undefined, extractorCodeHash()));
    expect(cacheKey(article, undefined, 'f'.repeat(64))).not.toBe(cacheKey(article));
  });

  it('changes when a rule changes in any built file, or a file is added or renamed, and only then', () => {
    const copy = at('extractor-dist');
    cpSync(extractorFolder(), copy, { recursive: true });
    const original = hashFolder(copy);
    expect(original).toBe(extractorCodeHash());
    const rules = readdirSync(copy, { recursive: true, encoding: 'utf8' }).find((f) => f.startsWith(`recognize${sep}`) && /\.[jt]s$/.test(f))!;
    const code = readFileSync(join(copy, rules), 'utf8');
    writeFileSync(join(copy, rules), code.replace(/\)/, ') '));
    expect(hashFolder(copy)).not.toBe(original);
    writeFileSync(join(copy, rules), code);
    expect(hashFolder(copy)).toBe(original);
    writeFileSync(join(copy, 'extra.js'), 'export {};\n');
    expect(hashFolder(copy)).not.toBe(original);
    rmSync(join(copy, 'extra.js'));
    renameSync(join(copy, rules), join(copy, `${rules}.renamed`));
    expect(hashFolder(copy)).not.toBe(original);
  });
});

describe('vnkg build with the cache', () => {
  it('extracts only the new article on a rebuild, to the same graph as without the cache', async () => {
    const first = await build(['--cache-dir', at('cache'), '-o', at('one.json')]);
    expect(first.code).toBe(0);
    expect(cacheLine(first.err)).toBe('cache: 0 hits, 2 misses');
    writeFileSync(at('in', 'c.txt'), ARTICLES.c!);
    const second = await build(['--cache-dir', at('cache'), '-o', at('two.json')]);
    expect(cacheLine(second.err)).toBe('cache: 2 hits, 1 miss');
    expect(readCacheIndex(at('cache')).size).toBe(3);
    await build(['--no-cache', '-o', at('fresh.json')]);
    expect(readFileSync(at('two.json'), 'utf8')).toBe(readFileSync(at('fresh.json'), 'utf8'));
    // One pack per build that wrote anything, each a whole number of records.
    expect(readdirSync(at('cache', PACKS_FOLDER))).toHaveLength(2);
  });

  it('writes the body of {entry fields, ...packed} and reads it back as a hit', () => {
    const article: Article = { id: 'a', text: ARTICLES.a! };
    const key = cacheKey(article);
    const packed = pack(extract(article));
    writeEntry(at('cache'), 'run', key, JSON.stringify(packed));
    closePack();
    const location = readCacheIndex(at('cache')).get(key)!;
    const expected = { format: 4, key, extractorVersion: EXTRACTOR_VERSION, extractorCode: extractorCodeHash(), lexicon: lexiconHash(), ...packed };
    expect(recordBody(at('cache'), location, key)).toBe(JSON.stringify(expected));
    const read = readEntry(at('cache'), location, key, article);
    expect('hit' in read && JSON.parse(read.hit)).toEqual(expected);
  });

  // Opening and closing the pack per record cost more than the write.
  it.runIf(process.platform === 'linux')('keeps one pack open per thread from record to record, until closePack or another pack', () => {
    const openPacks = () => readdirSync('/proc/self/fd').flatMap((fd) => {
      try {
        const target = readlinkSync(`/proc/self/fd/${fd}`);
        return target.startsWith(at('cache')) ? [target.slice(at('cache', PACKS_FOLDER).length + 1)] : [];
      } catch {
        return []; // closed meanwhile (the listing's own descriptor)
      }
    });
    const first = encodeRecord('0'.repeat(64), '{}');
    appendRecord(at('cache'), 'one.pack', first);
    appendRecord(at('cache'), 'one.pack', encodeRecord('1'.repeat(64), '{}'));
    expect(openPacks()).toEqual(['one.pack']);
    appendRecord(at('cache'), 'two.pack', encodeRecord('2'.repeat(64), '{}'));
    expect(openPacks()).toEqual(['two.pack']);
    closePack();
    expect(openPacks()).toEqual([]);
    expect([...readCacheIndex(at('cache')).values()].map((r) => [r.pack, r.offset])).toEqual([['one.pack', 0], ['one.pack', first.length], ['two.pack', 0]]);
  });

  it('puts the cache beside the first output by default; --no-cache neither reads nor writes it', async () => {
    const run = await build(['-o', at('out', 'graph.json')]);
    expect(run.err).toContain(`cache: 0 hits, 2 misses in ${at('out', '.vnkg-cache')}`);
    const none = await build(['--no-cache', '-o', at('nocache', 'graph.json')]);
    expect(none.err).not.toMatch(/^cache:/m);
    expect(existsSync(at('nocache', '.vnkg-cache'))).toBe(false);
  });

  // Each spoils the record of article "a" in place, or appends a newer record for its key to the same pack.
  type Spoil = (pack: string, record: { offset: number; length: number }, key: string) => void;
  const body = (key: string) => JSON.parse(recordBody(at('cache'), readCacheIndex(at('cache')).get(key)!, key)!) as Record<string, unknown>;
  const plant = (pack: string, key: string, entry: Record<string, unknown>) => appendRecord(at('cache'), pack, encodeRecord(key, JSON.stringify(entry)));
  const overwrite = (pack: string, offset: number, bytes: Buffer) => {
    const path = at('cache', PACKS_FOLDER, pack);
    const all = readFileSync(path);
    bytes.copy(all, offset);
    writeFileSync(path, all);
  };
  const damage: Array<[string, Spoil]> = [
    ['garbage bytes', (pack, record) => overwrite(pack, record.offset + 100, Buffer.from('not an entry at all'))],
    ['a torn record (a build killed while writing it)', (pack, _record, key) => {
      const whole = encodeRecord(key, JSON.stringify(body(key)));
      appendRecord(at('cache'), pack, whole.subarray(0, whole.length - 40));
    }],
    ['a flipped byte (CRC mismatch)', (pack, record) => {
      const path = at('cache', PACKS_FOLDER, pack);
      const bytes = readFileSync(path);
      bytes[record.offset + 150]! ^= 0x01;
      writeFileSync(path, bytes);
    }],
    ['an entry of another extractor version', (pack, _record, key) => plant(pack, key, { ...body(key), extractorVersion: '0.0.0-old' })],
    ['an entry written by other extractor code of the same version', (pack, _record, key) => plant(pack, key, { ...body(key), extractorCode: '0'.repeat(64) })],
    ['an entry made with another lexicon', (pack, _record, key) => plant(pack, key, { ...body(key), lexicon: 'f'.repeat(64) })],
    ["another article's entry under this key", (pack, _record, key) => {
      const other = [...readCacheIndex(at('cache')).keys()].find((k) => k !== key)!;
      plant(pack, key, body(other));
    }],
  ];
  it.each(damage)('recomputes %s, says so, and builds the same graph', async (_what, spoil) => {
    await build(['--cache-dir', at('cache'), '-o', at('clean.json')]);
    const key = cacheKey({ id: 'a', text: ARTICLES.a! });
    const location = readCacheIndex(at('cache')).get(key)!;
    spoil(location.pack, location, key);
    const run = await build(['--cache-dir', at('cache'), '-o', at('again.json')]);
    expect(run.code).toBe(0);
    expect(cacheLine(run.err)).toBe('cache: 1 hit, 1 miss (1 bad entry recomputed)');
    expect(readFileSync(at('again.json'), 'utf8')).toBe(readFileSync(at('clean.json'), 'utf8'));
    // The recomputed entry replaced the bad one.
    expect(cacheLine((await build(['--cache-dir', at('cache'), '-o', at('third.json')])).err)).toBe('cache: 2 hits, 0 misses');
  });
});

