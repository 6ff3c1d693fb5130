// Explorer benchmark: a generated graph of 10,000 entities and 50,000 relations, opened in
// Debian's Chromium through the built app. Prints first-render time and frame times; asserts nothing.
// Usage: pnpm --filter @vnkg/explorer bench [-- --nodes N --edges M --frames F]
/* global performance, window, requestAnimationFrame */
import { createReadStream, existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { build } from 'vite';

const APP_DIR = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({ options: { nodes: { type: 'string', default: '10000' }, edges: { type: 'string', default: '50000' }, frames: { type: 'string', default: '20' } } });
const FRAMES = Number(values.frames);
const NODES = Number(values.nodes);
const EDGES = Number(values.edges);

const TYPES = ['person', 'organization', 'document', 'location', 'event'];
const RELATIONS = ['holds_position', 'attended', 'issued', 'implements', 'part_of', 'located_in', 'concerns'];

/** Deterministic pseudo-random numbers, so every run measures the same graph. */
function rng(seed) {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 0x100000000);
}

/** graphology JSON in the model's shape; preferential attachment gives hubs as in real news graphs. */
function generateGraph(n, m) {
  const random = rng(7);
  const nodes = [];
  for (let i = 0; i < n; i++) {
    const sentence = `Câu ví dụ số ${i} nhắc tới Thực thể ${i}.`;
    const at = sentence.indexOf('Thực thể');
    nodes.push({
      key: `n${i}`,
      attributes: {
        label: `Thực thể ${i}`,
        type: TYPES[i % TYPES.length],
        aliases: [`Thực thể ${i}`],
        docs: [`doc${i % 500}`],
        lang: ['vi'],
        mentions: 1,
        evidence: [{ doc: `doc${i % 500}`, sentence, sentenceStart: 0, start: at, end: sentence.length - 1 }],
      },
    });
  }
  const ends = [];
  const edges = [];
  for (let j = 0; j < m; j++) {
    const source = j < n ? j : Math.floor(random() * n);
    const target = ends.length && random() < 0.7 ? ends[Math.floor(random() * ends.length)] : Math.floor(random() * n);
    if (source === target) {
      j--;
      continue;
    }
    ends.push(source, target);
    edges.push({ key: `e${j}`, source: `n${source}`, target: `n${target}`, attributes: { type: RELATIONS[j % RELATIONS.length], evidence: [], weight: 1 } });
  }
  return { options: { type: 'directed', multi: true, allowSelfLoops: true }, attributes: { articles: [] }, nodes, edges };
}

function serve(root) {
  const server = createServer((req, res) => {
    let file = path.join(root, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!file.startsWith(root) || !existsSync(file)) return void res.writeHead(404).end();
    const type = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' }[path.extname(file)];
    res.writeHead(200, { 'content-type': type ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

const stats = (xs) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { mean: xs.reduce((a, b) => a + b, 0) / xs.length, p50: at(0.5), p95: at(0.95), max: sorted[sorted.length - 1] };
};
const ms = (v) => `${v.toFixed(1)} ms`;

const work = mkdtempSync(path.join(tmpdir(), 'vnkg-bench-'));
const outDir = path.join(work, 'dist');
console.log(`building the explorer and a graph of ${NODES} nodes / ${EDGES} edges…`);
await build({ root: APP_DIR, configFile: path.join(APP_DIR, 'vite.config.ts'), logLevel: 'warn', publicDir: false, build: { outDir, emptyOutDir: true } });
writeFileSync(path.join(outDir, 'bench-graph.json'), JSON.stringify(generateGraph(NODES, EDGES)));
const server = await serve(outDir);
const url = `http://127.0.0.1:${server.address().port}/?graph=bench-graph.json`;

const context = await chromium.launchPersistentContext(path.join(work, 'profile'), {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--enable-unsafe-swiftshader', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  env: { ...process.env, HOME: work },
  viewport: { width: 1400, height: 900 },
});
try {
  const page = await context.newPage();
  page.on('crash', () => console.log('page crashed'));
  page.on('pageerror', (e) => console.log('page error:', e.message));
  const t0 = Date.now();
  await page.goto(url);
  console.log(`page loaded after ${Date.now() - t0} ms`);
  await page.waitForFunction(() => performance.getEntriesByName('vnkg:first-render').length > 0, null, { timeout: 180_000 });
  const firstRender = await page.evaluate(() => performance.getEntriesByName('vnkg:first-render')[0].startTime);
  const counts = await page.evaluate(() => {
    const g = window.vnkgExplorer.sigma.getGraph();
    return { order: g.order, size: g.size };
  });

  // Frames while the camera moves (pan and zoom), as a user dragging the view sees them.
  const measureFrames = () => page.evaluate(async (count) => {
    const sigma = window.vnkgExplorer.sigma;
    const camera = sigma.getCamera();
    const times = [];
    let last = performance.now();
    for (let i = 0; i <= count; i++) {
      camera.setState({ x: 0.5 + 0.1 * Math.sin(i / 10), y: 0.5, ratio: 1 - 0.4 * Math.sin(i / 20) });
      await new Promise((r) => requestAnimationFrame(r));
      const now = performance.now();
      times.push(now - last);
      last = now;
    }
    return times.slice(1);
  }, FRAMES);
  const frames = await measureFrames();
  // Where the frame time goes: the same without labels, then without edges.
  await page.evaluate(() => window.vnkgExplorer.sigma.setSetting('renderLabels', false));
  const framesNoLabels = await measureFrames();
  await page.evaluate(() => {
    const sigma = window.vnkgExplorer.sigma;
    const reduce = sigma.getSetting('edgeReducer');
    sigma.setSetting('edgeReducer', (key, data) => Object.assign(reduce ? reduce(key, data) : data, { hidden: true }));
  });
  const framesNodesOnly = await measureFrames();

  // A full refresh re-runs the reducers over every node and edge: what a hover or a filter costs.
  const refreshes = await page.evaluate(() => {
    const sigma = window.vnkgExplorer.sigma;
    const times = [];
    for (let i = 0; i < 10; i++) {
      const t = performance.now();
      sigma.refresh();
      times.push(performance.now() - t);
    }
    return times;
  });

  const f = stats(frames);
  const r = stats(refreshes);
  console.log(`graph: ${counts.order} nodes, ${counts.size} edges (software WebGL, ${process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'})`);
  console.log(`first render (navigation → first frame, fetch and parse included): ${ms(firstRender)}`);
  console.log(`frame time while panning/zooming: mean ${ms(f.mean)}, p50 ${ms(f.p50)}, p95 ${ms(f.p95)}, max ${ms(f.max)} (${(1000 / f.mean).toFixed(1)} fps)`);
  console.log(`  without labels: mean ${ms(stats(framesNoLabels).mean)}; nodes only (no edges, no labels): mean ${ms(stats(framesNodesOnly).mean)}`);
  console.log(`full refresh (all reducers + render): mean ${ms(r.mean)}, p95 ${ms(r.p95)}`);
} finally {
  await context.close();
  server.close();
  rmSync(work, { recursive: true, force: true });
}
