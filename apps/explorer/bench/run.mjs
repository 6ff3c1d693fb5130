// Explorer benchmark: a generated graph of 10,000 entities and 50,000 relations, opened in
// Debian's Chromium (software WebGL) through the built app. Prints first-render time, frame
// times (camera still and dragged) and how long search, select and filter take; asserts nothing.
// Usage: pnpm --filter @vnkg/explorer bench [-- --nodes N --edges M --frames F]
/* global performance, window, requestAnimationFrame, document */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { generateGraph } from './graph.mjs';
import { serve } from './serve.mjs';

const APP_DIR = fileURLToPath(new URL('..', import.meta.url));
const SCREENSHOT = path.resolve(APP_DIR, '../../test-output/explorer/explorer-10k.png');
const { values } = parseArgs({ options: { nodes: { type: 'string', default: '10000' }, edges: { type: 'string', default: '50000' }, frames: { type: 'string', default: '10' } } });
const FRAMES = Number(values.frames);
const NODES = Number(values.nodes);
const EDGES = Number(values.edges);

const stats = (xs) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { mean: xs.reduce((a, b) => a + b, 0) / xs.length, p50: at(0.5), p95: at(0.95), max: sorted[sorted.length - 1] };
};
const ms = (v) => `${Math.round(v)} ms`;
const frameLine = (xs) => {
  const f = stats(xs);
  return `mean ${ms(f.mean)}, p50 ${ms(f.p50)}, p95 ${ms(f.p95)}, max ${ms(f.max)} (${(1000 / f.mean).toFixed(1)} fps)`;
};

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
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('vnkg:first-render').length > 0, null, { timeout: 300_000 });
  const firstRender = await page.evaluate(() => performance.getEntriesByName('vnkg:first-render')[0].startTime);
  // Resolves once sigma has drawn again and the browser has shown that frame.
  await page.evaluate(() => {
    const sigma = window.vnkgExplorer.sigma;
    window.vnkgNextFrame = () => new Promise((r) => sigma.once('afterRender', () => requestAnimationFrame(() => r())));
  });
  const settled = await page.evaluate(async () => {
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    return performance.now();
  });
  const counts = await page.evaluate(() => {
    const g = window.vnkgExplorer.sigma.getGraph();
    return { order: g.order, size: g.size };
  });
  mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
  await page.screenshot({ path: SCREENSHOT });

  // A full redraw per frame: the camera jumps (no drag), so edges and labels are drawn.
  const still = await page.evaluate(async (count) => {
    const camera = window.vnkgExplorer.sigma.getCamera();
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

  // Dragging the view with the mouse, as a user pans: intervals between the frames sigma draws.
  await page.evaluate(() => {
    window.vnkgRenders = [];
    window.vnkgExplorer.sigma.on('afterRender', () => window.vnkgRenders.push(performance.now()));
  });
  const box = await page.locator('.graph').boundingBox();
  const [cx, cy] = [box.x + box.width / 2, box.y + box.height / 2];
  await page.mouse.move(cx, cy);
  await page.mouse.down();
  for (let i = 1; i <= FRAMES * 2; i++) await page.mouse.move(cx + 6 * i, cy + 3 * i);
  await page.mouse.up();
  await page.waitForTimeout(300);
  const renders = await page.evaluate(() => window.vnkgRenders.splice(0));
  const drag = renders.slice(1).map((t, i) => t - renders[i]);

  /** Wall time from an action until `done` holds and sigma has shown the change. */
  const timed = async (action, done, redraw = true) => {
    const t = performance.now();
    const frame = redraw ? page.evaluate(() => window.vnkgNextFrame()) : Promise.resolve();
    await action();
    await done();
    await frame;
    return performance.now() - t;
  };
  const search = page.getByRole('searchbox', { name: 'Search entities' });
  const hit = page.getByRole('list', { name: 'Search results' }).getByRole('button', { name: /Thực thể 4242/ });
  const details = page.getByRole('region', { name: 'Details' }).getByRole('heading', { level: 2 });
  const totals = page.getByRole('region', { name: 'Legend' }).locator('.totals');
  const searchMs = await timed(() => search.fill('thuc the 4242'), () => hit.first().waitFor(), false);
  const selectMs = await timed(() => hit.first().click(), () => page.waitForFunction(() => document.querySelector('.details h2')?.textContent === 'Thực thể 4242'));
  await page.waitForTimeout(800); // the camera's move to the node
  const before = await totals.textContent();
  const filterMs = await timed(
    () => page.getByRole('region', { name: 'Filters' }).getByRole('checkbox', { name: /person/ }).uncheck(),
    () => page.waitForFunction((b) => document.querySelector('.legend .totals')?.textContent !== b, before),
  );
  const clearMs = await timed(() => page.keyboard.press('Escape'), () => details.filter({ hasText: /^Details$/ }).waitFor());
  // A full refresh re-runs the reducers over every node and edge, and redraws.
  const refreshes = await page.evaluate(async () => {
    const sigma = window.vnkgExplorer.sigma;
    const times = [];
    for (let i = 0; i < 3; i++) {
      const t = performance.now();
      const frame = window.vnkgNextFrame();
      sigma.refresh();
      await frame;
      times.push(performance.now() - t);
    }
    return times;
  });

  console.log(`graph: ${counts.order} nodes, ${counts.size} edges (software WebGL, ${process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'})`);
  console.log(`first render (navigation → first frame, fetch and parse included): ${ms(firstRender)}; settled (next frames shown): ${ms(settled)}`);
  console.log(`frame, camera jumps (full redraw, edges and labels): ${frameLine(still)}`);
  console.log(`frame, mouse drag (${drag.length} frames): ${drag.length ? frameLine(drag) : 'no frame drawn'}`);
  console.log(`search "thuc the 4242" → hits: ${ms(searchMs)}; select hit → details + redraw: ${ms(selectMs)}`);
  console.log(`type filter → legend + redraw: ${ms(filterMs)}; Escape → cleared + redraw: ${ms(clearMs)}`);
  console.log(`full refresh (all reducers + redraw): mean ${ms(stats(refreshes).mean)}`);
  console.log(`screenshot: ${path.relative(process.cwd(), SCREENSHOT)}`);
} finally {
  await context.close();
  server.close();
  rmSync(work, { recursive: true, force: true });
}
