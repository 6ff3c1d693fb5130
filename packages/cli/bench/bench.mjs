#!/usr/bin/env node
// `pnpm bench [-- --sizes 1000,10000]`: throughput and memory of extraction and of `vnkg build`
// on generated corpora of growing size, with a plain compromise pass as a fixed yardstick; --jobs 2
// against --jobs 1 both with a cold cache and both with none, beside the parallel ceiling of the machine.
// Runs against the built packages (the root script runs `tsc -b` first).
import { spawn } from 'node:child_process';
import { createReadStream, mkdtempSync, readFileSync, rmSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { Buffer } from 'node:buffer';
import { performance } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import nlp from 'compromise';
import { extract } from '@vnkg/extractor';
import { loadSentences, makeArticle, random, writeCorpus } from './corpus.mjs';

const ROOT = resolve(import.meta.dirname, '../../..');
const BIN = resolve(import.meta.dirname, '../dist/bin.js');
const RSS = resolve(import.meta.dirname, 'rss.mjs');
const CEILING = resolve(import.meta.dirname, 'ceiling.mjs');
/** The yardstick and the per-core figure are measured on this much of each corpus (the same text for both). */
const SAMPLE_BYTES = 2_000_000;
/** Articles of a separate corpus run untimed before measuring our extractor, and before compromise (see timeOnSample). */
const WARM_UP = 2500;
const WARM_UP_YARDSTICK = 300;
/** Timed passes over the sample, for both: the median is reported (one pass on a shared machine is often disturbed). */
const PASSES = 3;

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

/**
 * Seconds per pass (PASSES of them) to run `fn` over the first SAMPLE_BYTES of text in `file`, after an
 * untimed warm-up over `warmUp` articles of another corpus. A build of an archive runs warm, and our extractor takes a
 * couple of thousand articles to reach its steady speed (the engine compiles its many small rules
 * as they get hot); compromise's speed is flat from its first few articles.
 */
async function timeOnSample(file, warmUpFile, warmUp, fn) {
  let warmed = 0;
  for await (const article of articlesOf(warmUpFile)) {
    if (warmed++ >= warmUp) break;
    fn(article);
  }
  const texts = [];
  let bytes = 0;
  for await (const article of articlesOf(file)) {
    texts.push(article);
    bytes += Buffer.byteLength(article.text);
    if (bytes >= SAMPLE_BYTES) break;
  }
  const passes = [];
  for (let pass = 0; pass < PASSES; pass++) {
    const started = performance.now();
    for (const article of texts) fn(article);
    passes.push((performance.now() - started) / 1000);
  }
  return { passes, bytes, articles: texts.length };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

/** Runs the built `vnkg` and returns wall time, peak RSS (KiB), main-thread busy ms and its summary. */
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
      const { maxRssKib, mainBusyMs } = JSON.parse(readFileSync(rssFile, 'utf8'));
      done({ seconds: (performance.now() - started) / 1000, rssKib: maxRssKib, mainBusyMs, summary: stderr });
    });
  });
}

const line = (text) => console.log(text);
const sentences = loadSentences([join(ROOT, 'data/articles'), join(ROOT, 'data/dev/vi')]);
// English news recombined the same way, for the English path's speed (compromise-based) beside the Vietnamese one.
const englishSentences = loadSentences([join(ROOT, 'data/dev/en')]);
/** Per language: a sample for the one-core figures and a corpus of other articles to warm up on (other seeds). */
const samples = {};
for (const [lang, source] of [['vi', sentences], ['en', englishSentences]]) {
  samples[lang] = { file: join(work, `sample-${lang}.jsonl`), warmUp: join(work, `warm-up-${lang}.jsonl`) };
  await writeCorpus(samples[lang].file, Math.ceil(SAMPLE_BYTES / 1500), source, 11);
  await writeCorpus(samples[lang].warmUp, WARM_UP, source, 13);
}
line(`vnkg bench: sizes ${sizes.join(', ')}; ${sentences.length} Vietnamese and ${englishSentences.length} English source sentences; work folder ${work}`);
line(`machine: ${(await import('node:os')).availableParallelism()} cores, node ${process.version}\n`);

/** One-core extraction next to the compromise yardstick on the same text; returns our MB/s and the ratio. */
async function perCoreLine(lang, what) {
  const { file, warmUp } = samples[lang];
  // The yardstick first: our English path adds its plugin to compromise, and the yardstick is plain compromise.
  const yardstick = await timeOnSample(file, warmUp, WARM_UP_YARDSTICK, (a) => nlp(a.text).json());
  const ours = await timeOnSample(file, warmUp, WARM_UP, (a) => extract(a));
  const rates = (run) => run.passes.map((seconds) => run.bytes / MB / seconds);
  const perCore = median(rates(ours));
  const compromise = median(rates(yardstick));
  const each = (run) => rates(run).map((r) => fmt(r, 2)).join(', ');
  line(`extraction, one core, ${what}, ${ours.articles} articles (${fmt(ours.bytes / MB)} MB) after ${WARM_UP} others untimed, median of ${PASSES} passes: ${fmt(perCore, 2)} MB/s (${fmt((ours.articles * perCore) / (ours.bytes / MB), 0)} articles/s; passes ${each(ours)}); plain compromise nlp(text).json() on the same text: ${fmt(compromise, 2)} MB/s (passes ${each(yardstick)}); ratio ${fmt(perCore / compromise, 1)}×`);
  return { perCore, ratio: perCore / compromise };
}

/** Seconds each of `threads` worker threads takes to extract `articles`, all started together. */
function extractOnThreads(articles, threads) {
  return Promise.all(
    Array.from({ length: threads }, () => {
      const worker = new Worker(CEILING);
      return new Promise((done, fail) => {
        worker.once('message', (seconds) => void worker.terminate().then(() => done(seconds)));
        worker.once('error', fail);
        worker.postMessage(articles);
      });
    }),
  );
}

/**
 * What a second thread can give here and now: the same articles extracted on one thread, then on
 * two at once (no pipeline, no cache, no merge). On a shared machine this is often well below ×2,
 * and no `--jobs 2` build can beat it.
 */
async function ceilingLine(file) {
  const articles = [];
  for await (const article of articlesOf(file)) if (articles.push(article) >= 400) break;
  const [alone] = await extractOnThreads(articles, 1);
  const together = await extractOnThreads(articles, 2);
  const ceiling = (2 * alone) / Math.max(...together);
  line(`  parallel ceiling: ${articles.length} articles on 1 thread ${fmt(alone, 2)} s, on each of 2 threads at once ${together.map((t) => fmt(t, 2)).join(' s and ')} s: a second thread gives at most ×${fmt(ceiling, 2)}`);
  return ceiling;
}

/** One build's line: time, rate, main-thread busy time per article, peak memory. */
const buildLine = (what, run, count, textBytes) =>
  `  ${what.padEnd(36)} ${fmt(run.seconds).padStart(6)} s, ${fmt(count / run.seconds, 0)} articles/s, ${fmt(textBytes / MB / run.seconds, 2)} MB/s, main thread busy ${fmt(run.mainBusyMs / count, 2)} ms/article, peak RSS ${mib(run.rssKib)}`;

let previous;
const rows = [];
try {
  const vi = await perCoreLine('vi', 'Vietnamese');
  const en = await perCoreLine('en', 'English (data/dev/en recombined)');
  line('');
  for (const count of sizes) {
    const file = join(work, `corpus-${count}.jsonl`);
    const textBytes = await writeCorpus(file, count, sentences);
    line(`== ${count} articles, ${fmt(textBytes / MB)} MB of text`);


    const ceiling = await ceilingLine(file);

    // Like with like: both with a cold cache (each writes every entry), then both with none.
    const cacheDir = join(work, `cache-${count}`);
    const cacheDir1 = join(work, `cache-${count}-j1`);
    const graph = (kind) => join(work, `graph-${count}-${kind}.json`);
    const j2 = await vnkg(['build', file, '--jobs', '2', '--cache-dir', cacheDir, '-q', '-o', graph('j2')]);
    const j1 = await vnkg(['build', file, '--jobs', '1', '--cache-dir', cacheDir1, '-q', '-o', graph('j1')]);
    rmSync(cacheDir1, { recursive: true, force: true });
    const j2n = await vnkg(['build', file, '--jobs', '2', '--no-cache', '-q', '-o', graph('j2n')]);
    const j1n = await vnkg(['build', file, '--jobs', '1', '--no-cache', '-q', '-o', graph('j1n')]);
    const reference = readFileSync(graph('j1n'));
    const same = ['j2', 'j1', 'j2n'].every((kind) => readFileSync(graph(kind)).equals(reference));
    const row = { count, textBytes, j2, j1, j2n, j1n, ceiling };
    const ratio = previous ? ` | cost ×${fmt(j2.seconds / previous.j2.seconds, 2)} for ×${fmt(count / previous.count, 0)} articles (linear: ×${fmt(count / previous.count, 0)})` : '';
    line(buildLine('vnkg build --jobs 2 (cold cache):', j2, count, textBytes) + ratio);
    line(buildLine('vnkg build --jobs 1 (cold cache):', j1, count, textBytes));
    line(buildLine('vnkg build --jobs 2 --no-cache:', j2n, count, textBytes));
    line(buildLine('vnkg build --jobs 1 --no-cache:', j1n, count, textBytes));
    line(`  speed-up --jobs 2 / --jobs 1: ×${fmt(j1.seconds / j2.seconds, 2)} with a cold cache, ×${fmt(j1n.seconds / j2n.seconds, 2)} without (ceiling ×${fmt(ceiling, 2)}); same graph byte for byte in all four: ${same ? 'yes' : 'NO'}`);

    // Incremental: one more article, the rest from the cache.
    const extra = makeArticle(sentences, count, random(count + 1));
    appendFileSync(file, `${JSON.stringify({ ...extra, id: `bench-extra-${count}` })}\n`);
    const warm = await vnkg(['build', file, '--jobs', '2', '--cache-dir', cacheDir, '-o', join(work, `graph-${count}-warm.json`)]);
    line(`  rebuild after adding one article: ${fmt(warm.seconds)} s, peak RSS ${mib(warm.rssKib)}, ${/^cache: .*$/m.exec(warm.summary)?.[0] ?? 'no cache line'}`);
    rows.push(row);
    previous = row;
    rmSync(cacheDir, { recursive: true, force: true });
    for (const kind of ['j1', 'j2', 'j1n', 'j2n', 'warm']) rmSync(graph(kind), { force: true });
    line('');
  }
  const last = rows.at(-1);
  line(`targets (issue 7): ≥ 5 MB/s per core, ≥ 30× compromise (here: Vietnamese ${fmt(vi.perCore, 2)} MB/s, ${fmt(vi.ratio, 1)}×; English ${fmt(en.perCore, 2)} MB/s, ${fmt(en.ratio, 1)}×);`);
  line(`  ${last.count} articles with --jobs 2 in ${fmt(last.j2.seconds)} s (target < 120 s for 100,000), peak ${mib(last.j2.rssKib)} (target < 4096 MiB)`);
} finally {
  if (!values.keep) rmSync(work, { recursive: true, force: true });
}
