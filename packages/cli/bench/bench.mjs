#!/usr/bin/env node
// `pnpm bench [-- --sizes 1000,10000]`: throughput and memory of extraction and of `vnkg build`
// on generated corpora of growing size, with a plain compromise pass as a fixed yardstick.
// Runs against the built packages (the root script runs `tsc -b` first).
import { spawn } from 'node:child_process';
import { createReadStream, mkdtempSync, readFileSync, rmSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { Buffer } from 'node:buffer';
import { performance } from 'node:perf_hooks';
import nlp from 'compromise';
import { extract } from '@vnkg/extractor';
import { loadSentences, makeArticle, random, writeCorpus } from './corpus.mjs';

const ROOT = resolve(import.meta.dirname, '../../..');
const BIN = resolve(import.meta.dirname, '../dist/bin.js');
const RSS = resolve(import.meta.dirname, 'rss.mjs');
/** The yardstick and the per-core figure are measured on this much of each corpus (the same text for both). */
const SAMPLE_BYTES = 2_000_000;

const { values } = parseArgs({
  args: process.argv.slice(2).filter((a) => a !== '--'),
  options: { sizes: { type: 'string', default: '1000,10000,100000' }, keep: { type: 'boolean', default: false } },
});
const sizes = values.sizes.split(',').map(Number);
if (sizes.some((n) => !Number.isInteger(n) || n <= 0)) throw new Error(`--sizes: expected whole numbers, got ${values.sizes}`);

const work = mkdtempSync(join(tmpdir(), 'vnkg-bench-'));
const MB = 1e6;
const fmt = (x, digits = 1) => x.toFixed(digits);
const mib = (kib) => `${fmt(kib / 1024, 0)} MiB`;

async function* articlesOf(file) {
  for await (const line of createInterface({ input: createReadStream(file), crlfDelay: Infinity })) if (line) yield JSON.parse(line);
}

/** Seconds to run `fn` over the first SAMPLE_BYTES of text in `file`. */
async function timeOnSample(file, fn) {
  const texts = [];
  let bytes = 0;
  for await (const article of articlesOf(file)) {
    texts.push(article);
    bytes += Buffer.byteLength(article.text);
    if (bytes >= SAMPLE_BYTES) break;
  }
  fn(texts[0]); // warm up the code paths once
  const started = performance.now();
  for (const article of texts) fn(article);
  return { seconds: (performance.now() - started) / 1000, bytes, articles: texts.length };
}

/** Runs the built `vnkg` and returns wall time, peak RSS (KiB) and its summary. */
function vnkg(args) {
  const rssFile = join(work, `rss-${process.hrtime.bigint()}`);
  const started = performance.now();
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--import', RSS, BIN, ...args], {
      env: { ...process.env, VNKG_BENCH_RSS_FILE: rssFile },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', fail);
    child.on('close', (code) => {
      if (code !== 0) return fail(new Error(`vnkg ${args.join(' ')} exited ${code}:\n${stderr.slice(-2000)}`));
      done({ seconds: (performance.now() - started) / 1000, rssKib: Number(readFileSync(rssFile, 'utf8')), summary: stderr });
    });
  });
}

const line = (text) => console.log(text);
const sentences = loadSentences([join(ROOT, 'data/articles'), join(ROOT, 'data/dev/vi')]);
// English news recombined the same way, for the English path's speed (compromise-based) beside the Vietnamese one.
const englishSentences = loadSentences([join(ROOT, 'data/dev/en')]);
const englishFile = join(work, 'corpus-en.jsonl');
await writeCorpus(englishFile, Math.ceil(SAMPLE_BYTES / 2000), englishSentences);
line(`vnkg bench: sizes ${sizes.join(', ')}; ${sentences.length} Vietnamese and ${englishSentences.length} English source sentences; work folder ${work}`);
line(`machine: ${(await import('node:os')).availableParallelism()} cores, node ${process.version}\n`);

/** One-core extraction next to the compromise yardstick on the same text; returns our MB/s. */
async function perCoreLine(file, what) {
  const ours = await timeOnSample(file, (a) => extract(a));
  const yardstick = await timeOnSample(file, (a) => nlp(a.text).json());
  const perCore = ours.bytes / MB / ours.seconds;
  const compromise = yardstick.bytes / MB / yardstick.seconds;
  line(`  extraction, one core, ${what}, first ${ours.articles} articles: ${fmt(perCore, 2)} MB/s (${fmt(ours.articles / ours.seconds, 0)} articles/s); plain compromise nlp(text).json(): ${fmt(compromise, 2)} MB/s; ratio ${fmt(perCore / compromise, 1)}×`);
  return { perCore, ratio: perCore / compromise };
}

let previous;
const rows = [];
try {
  for (const count of sizes) {
    const file = join(work, `corpus-${count}.jsonl`);
    const textBytes = await writeCorpus(file, count, sentences);
    line(`== ${count} articles, ${fmt(textBytes / MB)} MB of text`);

    const vi = await perCoreLine(file, 'Vietnamese');
    const en = await perCoreLine(englishFile, 'English (data/dev/en recombined)');

    const cacheDir = join(work, `cache-${count}`);
    const j2 = await vnkg(['build', file, '--jobs', '2', '--cache-dir', cacheDir, '-q', '-o', join(work, `graph-${count}-j2.json`)]);
    const j1 = await vnkg(['build', file, '--jobs', '1', '--no-cache', '-q', '-o', join(work, `graph-${count}-j1.json`)]);
    const same = readFileSync(join(work, `graph-${count}-j2.json`)).equals(readFileSync(join(work, `graph-${count}-j1.json`)));
    const row = { count, textBytes, j2, j1, vi, en };
    const ratio = previous ? ` | cost ×${fmt(j2.seconds / previous.j2.seconds, 2)} for ×${fmt(count / previous.count, 0)} articles (linear: ×${fmt(count / previous.count, 0)})` : '';
    line(`  vnkg build --jobs 2 (cold cache): ${fmt(j2.seconds)} s, ${fmt(count / j2.seconds, 0)} articles/s, ${fmt(textBytes / MB / j2.seconds, 2)} MB/s, peak RSS ${mib(j2.rssKib)}${ratio}`);
    line(`  vnkg build --jobs 1 (no cache):   ${fmt(j1.seconds)} s, ${fmt(count / j1.seconds, 0)} articles/s, ${fmt(textBytes / MB / j1.seconds, 2)} MB/s, peak RSS ${mib(j1.rssKib)}`);
    line(`  speed-up --jobs 2 / --jobs 1: ×${fmt(j1.seconds / j2.seconds, 2)}; same graph byte for byte: ${same ? 'yes' : 'NO'}`);

    // Incremental: one more article, the rest from the cache.
    const extra = makeArticle(sentences, count, random(count + 1));
    appendFileSync(file, `${JSON.stringify({ ...extra, id: `bench-extra-${count}` })}\n`);
    const warm = await vnkg(['build', file, '--jobs', '2', '--cache-dir', cacheDir, '-o', join(work, `graph-${count}-warm.json`)]);
    line(`  rebuild after adding one article: ${fmt(warm.seconds)} s, peak RSS ${mib(warm.rssKib)}, ${/^cache: .*$/m.exec(warm.summary)?.[0] ?? 'no cache line'}`);
    rows.push(row);
    previous = row;
    rmSync(cacheDir, { recursive: true, force: true });
    for (const kind of ['j1', 'j2', 'warm']) rmSync(join(work, `graph-${count}-${kind}.json`), { force: true });
    line('');
  }
  const last = rows.at(-1);
  line(`targets (issue 7): ≥ 5 MB/s per core, ≥ 30× compromise (here: Vietnamese ${fmt(last.vi.perCore, 2)} MB/s, ${fmt(last.vi.ratio, 1)}×; English ${fmt(last.en.perCore, 2)} MB/s, ${fmt(last.en.ratio, 1)}×);`);
  line(`  ${last.count} articles with --jobs 2 in ${fmt(last.j2.seconds)} s (target < 120 s for 100,000), peak ${mib(last.j2.rssKib)} (target < 4096 MiB)`);
} finally {
  if (!values.keep) rmSync(work, { recursive: true, force: true });
}
