// @vitest-environment node
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PNG } from 'pngjs';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from './browser';
import { XSS_LABEL } from './fixture';
import { GEXF_SCHEMA, OUTPUT_DIR } from './paths';

const NEN = 'person:nguyen-van-nen';

let browser: Awaited<ReturnType<typeof launchChromium>>;
let context: BrowserContext;

beforeAll(async () => {
  mkdirSync(OUTPUT_DIR, { recursive: true });
  browser = await launchChromium();
  context = browser.context;
});
afterAll(async () => {
  await browser?.close();
});

/** Opens the app and waits until sigma has drawn the graph. */
async function open(query = ''): Promise<Page> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${inject('explorerUrl')}${query}`);
  await page.waitForFunction(() => performance.getEntriesByName('vnkg:first-render').length > 0, null, { timeout: 20_000 });
  // Camera moves to a restored selection are animated (400 ms).
  await page.waitForTimeout(600);
  expect(errors).toEqual([]);
  return page;
}

/** Non-white pixels and distinct colours in a screenshot of the canvas area. */
async function inkOf(page: Page): Promise<{ ink: number; colors: number }> {
  const png = PNG.sync.read(await page.locator('.graph').screenshot());
  let ink = 0;
  const colors = new Set<number>();
  for (let i = 0; i < png.data.length; i += 4) {
    const [r, g, b] = [png.data[i]!, png.data[i + 1]!, png.data[i + 2]!];
    if (r < 240 || g < 240 || b < 240) {
      ink++;
      colors.add(((r >> 4) << 8) | ((g >> 4) << 4) | (b >> 4));
    }
  }
  return { ink, colors: colors.size };
}

const legendTotals = (page: Page) => page.getByRole('region', { name: 'Legend' }).locator('.totals').textContent();
const hiddenOfType = (page: Page, type: string) =>
  page.evaluate((t) => {
    const sigma = window.vnkgExplorer!.sigma;
    const graph = sigma.getGraph();
    const keys = graph.filterNodes((_k, a) => a.type === t);
    return { total: keys.length, hidden: keys.filter((k) => sigma.getNodeDisplayData(k)?.hidden).length };
  }, type);

describe('explorer in Chromium', () => {
  it('draws the graph of data/articles on the canvas', async () => {
    const page = await open();
    const { ink, colors } = await inkOf(page);
    await page.screenshot({ path: path.join(OUTPUT_DIR, 'explorer.png') });
    expect(ink).toBeGreaterThan(2000);
    expect(colors).toBeGreaterThan(5);
    expect(await legendTotals(page)).toMatch(/^(\d+) of \1 entities, (\d+) of \2 relations$/);
    await page.close();
  });

  it('search "nguyen van nen" shows his details with evidence', async () => {
    const page = await open();
    await page.keyboard.press('/');
    await page.keyboard.type('nguyen van nen');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Search entities');
    await page.getByRole('list', { name: 'Search results' }).getByRole('button', { name: /Nguyễn Văn Nên/ }).first().click();
    const details = page.getByRole('region', { name: 'Details' });
    await expect.poll(() => details.getByRole('heading', { level: 2 }).textContent()).toBe('Nguyễn Văn Nên');
    expect(await details.getByText('person', { exact: true }).count()).toBeGreaterThan(0);
    const marks = await details.locator('.evidence mark').allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    expect(marks.some((m) => m.includes('Nên'))).toBe(true);
    expect(new URL(page.url()).searchParams.get('node')).toBe(NEN);
    // The camera moved to him and the canvas still shows the graph (zoomed in, edge labels on).
    await page.waitForTimeout(600);
    expect((await inkOf(page)).ink).toBeGreaterThan(2000);
    expect(await page.evaluate(() => window.vnkgExplorer!.sigma.getSetting('renderEdgeLabels'))).toBe(true);
    await page.screenshot({ path: path.join(OUTPUT_DIR, 'explorer-details.png') });
    // Escape clears the selection.
    await page.locator('.graph').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Escape');
    await expect.poll(() => new URL(page.url()).searchParams.get('node')).toBeNull();
    await page.close();
  });

  it('a type filter hides the nodes of that type', async () => {
    const page = await open();
    expect(await hiddenOfType(page, 'person')).toMatchObject({ hidden: 0 });
    const before = await inkOf(page);
    await page.getByRole('region', { name: 'Filters' }).getByRole('checkbox', { name: /person/ }).uncheck();
    const after = await hiddenOfType(page, 'person');
    expect(after.total).toBeGreaterThan(0);
    expect(after.hidden).toBe(after.total);
    expect(await hiddenOfType(page, 'organization')).toMatchObject({ hidden: 0 });
    expect((await inkOf(page)).ink).toBeLessThan(before.ink);
    expect(new URL(page.url()).searchParams.get('hideTypes')).toBe('person');
    await page.close();
  });

  it('Export GEXF downloads a file valid against the GEXF 1.3 schema', async () => {
    const page = await open();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export GEXF' }).click()]);
    const file = path.join(OUTPUT_DIR, 'export.gexf');
    await download.saveAs(file);
    expect(download.suggestedFilename()).toBe('vnkg-graph.gexf');
    expect(() => execFileSync('xmllint', ['--noout', '--relaxng', GEXF_SCHEMA, file], { stdio: 'pipe' })).not.toThrow();
    await page.close();
  });

  it('a malformed GEXF shows an error naming it and keeps the graph', async () => {
    const page = await open();
    const totals = await legendTotals(page);
    await page.getByLabel('Import files').setInputFiles({ name: 'broken.gexf', mimeType: 'application/xml', buffer: Buffer.from('<gexf><graph><nodes><node id="a">') });
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.textContent()).toMatch(/broken\.gexf: not well-formed XML/);
    expect(await legendTotals(page)).toBe(totals);
    expect((await inkOf(page)).ink).toBeGreaterThan(2000);
    await page.close();
  });

  it('an article dropped in is extracted in a worker and its entities appear', async () => {
    const page = await open();
    const before = await legendTotals(page);
    const text =
      'Sáng 12-3, Thành ủy Đà Nẵng tổ chức Hội nghị Ban Chấp hành Đảng bộ thành phố Đà Nẵng. ' +
      'Bí thư Thành ủy Đà Nẵng Nguyễn Văn Quảng chủ trì hội nghị.';
    await page.evaluate((articleText) => {
      const data = new DataTransfer();
      data.items.add(new File([articleText], 'da-nang.txt', { type: 'text/plain' }));
      const target = document.querySelector('.center')!;
      target.dispatchEvent(new DragEvent('dragover', { bubbles: true, cancelable: true, dataTransfer: data }));
      target.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: data }));
    }, text);
    await expect.poll(() => page.getByRole('status').textContent(), { timeout: 20_000 }).toMatch(/Imported da-nang\.txt: [1-9]\d* new entities/);
    expect(await legendTotals(page)).not.toBe(before);
    await page.getByRole('searchbox', { name: 'Search entities' }).fill('nguyen van quang');
    await page.getByRole('list', { name: 'Search results' }).getByRole('button', { name: /Nguyễn Văn Quảng/ }).click();
    const details = page.getByRole('region', { name: 'Details' });
    await expect.poll(() => details.getByRole('heading', { level: 2 }).textContent()).toBe('Nguyễn Văn Quảng');
    expect(await details.locator('.articles').getByText('da-nang', { exact: true }).count()).toBe(1);
    await page.close();
  });

  it('the URL restores a selection and filters', async () => {
    const page = await open(`?node=${encodeURIComponent(NEN)}&hideTypes=event`);
    const details = page.getByRole('region', { name: 'Details' });
    expect(await details.getByRole('heading', { level: 2 }).textContent()).toBe('Nguyễn Văn Nên');
    expect(await page.getByRole('region', { name: 'Filters' }).getByRole('checkbox', { name: /event/ }).isChecked()).toBe(false);
    expect(await hiddenOfType(page, 'event')).toMatchObject({ hidden: expect.any(Number) });
    const events = await hiddenOfType(page, 'event');
    expect(events.hidden).toBe(events.total);
    await page.close();
  });

  it('shows a label that looks like HTML as text, and runs none of it', async () => {
    const page = await context.newPage();
    let dialogs = 0;
    page.on('dialog', (d) => {
      dialogs++;
      void d.dismiss();
    });
    await page.goto(`${inject('explorerUrl')}?graph=xss-graph.json`);
    await page.waitForFunction(() => performance.getEntriesByName('vnkg:first-render').length > 0);
    await page.getByRole('searchbox', { name: 'Search entities' }).fill('img src');
    await page.getByRole('list', { name: 'Search results' }).getByRole('button').first().click();
    const heading = page.getByRole('region', { name: 'Details' }).getByRole('heading', { level: 2 });
    expect(await heading.textContent()).toBe(XSS_LABEL);
    expect(await page.locator('img').count()).toBe(0);
    expect(dialogs).toBe(0);
    writeFileSync(path.join(OUTPUT_DIR, 'xss-details.txt'), (await heading.textContent()) ?? '');
    await page.close();
  });
});
