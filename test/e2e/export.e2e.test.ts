// The export journey (issue 4): a briefer frames Tumaco with interventions and coca 2023, exports
// the 16:9 slide and a 300 dpi A4 page through the dialog, exports an atlas of the three pilots as
// a ZIP, and is told clearly (no download) when a size is impossible. Files are checked by their
// bytes: exact pixel size, pHYs dpi, drawn map, legend, scale bar, north arrow and sample stamp.
import { readFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
import type { FeatureCollection, Point } from 'geojson';
import type { Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openBrowser, type Session, waitForMapIdle } from './browser';
import { changedPixels, decodePng, type Image } from './pixels';

const baseUrl = inject('baseUrl');
const EXPORT_DATE = '2026-01-15';

interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}
interface LayoutRects {
  output: { width: number; height: number };
  map: Rect;
  legend: Rect;
  scaleBar: Rect;
  northArrow: Rect;
  stamp: Rect;
}

const labels = JSON.parse(readFileSync('public/geo/labels.geojson', 'utf8')) as FeatureCollection<Point>;
const tumaco = labels.features.find(
  (f) => f.properties?.layer === 'municipalities' && f.properties?.divipola === '52835',
)?.geometry.coordinates as [number, number];

/** The pHYs chunk of a PNG as pixels per metre (x), or null when absent. */
function physPerMeter(bytes: Buffer): number | null {
  let offset = 8;
  while (offset + 8 <= bytes.length) {
    const length = bytes.readUInt32BE(offset);
    const type = bytes.toString('latin1', offset + 4, offset + 8);
    if (type === 'pHYs') return bytes.readUInt32BE(offset + 8);
    if (type === 'IDAT') return null;
    offset += 12 + length;
  }
  return null;
}

/** Distinct colours (quantised to 5 bits per channel) inside `rect`. */
function distinctColours(image: Image, rect: Rect, step = 3): number {
  const seen = new Set<number>();
  for (let y = rect.y; y < rect.y + rect.height; y += step) {
    for (let x = rect.x; x < rect.x + rect.width; x += step) {
      const i = (y * image.width + x) * 4;
      seen.add(((image.data[i] >> 3) << 10) | ((image.data[i + 1] >> 3) << 5) | (image.data[i + 2] >> 3));
    }
  }
  return seen.size;
}

/** Pixels inside `rect` darker than light grey (text, bars, arrows drawn on light panels). */
function darkPixels(image: Image, rect: Rect): number {
  let count = 0;
  for (let y = rect.y; y < rect.y + rect.height; y++) {
    for (let x = rect.x; x < rect.x + rect.width; x++) {
      const i = (y * image.width + x) * 4;
      if (image.data[i] + image.data[i + 1] + image.data[i + 2] < 300) count++;
    }
  }
  return count;
}

/** Pixels inside `rect` within `tolerance` of the stamp red #c62828. */
function stampRedPixels(image: Image, rect: Rect, tolerance = 10): number {
  let count = 0;
  for (let y = rect.y; y < rect.y + rect.height; y++) {
    for (let x = rect.x; x < rect.x + rect.width; x++) {
      const i = (y * image.width + x) * 4;
      if (
        Math.abs(image.data[i] - 0xc6) <= tolerance &&
        Math.abs(image.data[i + 1] - 0x28) <= tolerance &&
        Math.abs(image.data[i + 2] - 0x28) <= tolerance
      )
        count++;
    }
  }
  return count;
}

function crop(image: Image, rect: Rect): Buffer {
  const rows: Buffer[] = [];
  for (let y = rect.y; y < rect.y + rect.height; y++) {
    const start = (y * image.width + rect.x) * 4;
    rows.push(image.data.subarray(start, start + rect.width * 4));
  }
  return Buffer.concat(rows);
}

async function downloadBytes(download: Download): Promise<Buffer> {
  const path = await download.path();
  if (!path) throw new Error(`download failed: ${await download.failure()}`);
  return readFileSync(path);
}

async function exportVia(page: Page, run: () => Promise<void>) {
  const started = Date.now();
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), run()]);
  const bytes = await downloadBytes(download);
  const ms = Date.now() - started;
  const layout = JSON.parse(
    (await page.getByTestId('export-dialog').getAttribute('data-layout')) ?? 'null',
  ) as LayoutRects;
  return { bytes, name: download.suggestedFilename(), ms, layout };
}

async function openDialog(page: Page) {
  await page.keyboard.press('Control+Shift+E');
  await expect
    .poll(() => page.getByTestId('export-dialog').evaluate((d) => (d as HTMLDialogElement).open))
    .toBe(true);
}

async function closeDialog(page: Page) {
  await page.getByTestId('export-close').click();
  await expect
    .poll(() => page.getByTestId('export-dialog').evaluate((d) => (d as HTMLDialogElement).open))
    .toBe(false);
}

function expectFrame(image: Image, layout: LayoutRects, stamped: boolean) {
  expect(distinctColours(image, layout.map), 'map area has many colours').toBeGreaterThan(40);
  expect(darkPixels(image, layout.legend), 'legend drawn').toBeGreaterThan(500);
  expect(darkPixels(image, layout.scaleBar), 'scale bar drawn').toBeGreaterThan(100);
  expect(darkPixels(image, layout.northArrow), 'north arrow drawn').toBeGreaterThan(100);
  const red = stampRedPixels(image, layout.stamp);
  if (stamped) expect(red, 'sample stamp drawn').toBeGreaterThan(300);
  else expect(red, 'no sample stamp').toBeLessThan(20);
}

describe('export journey', () => {
  let session: Session;
  let page: Page;
  let link = '';
  let firstSlide: Image | null = null;
  const timings: string[] = [];

  beforeAll(async () => {
    session = await openBrowser({ width: 1280, height: 800 });
    page = session.page;
    const [lon, lat] = tumaco;
    link = `${baseUrl}?exportDate=${EXPORT_DATE}#v=9/${lat}/${lon}&l=coca-choropleth,departments,pilot-municipalities,interventions&s=pilot-municipalities:52835&lang=es`;
    await page.goto(link);
    await waitForMapIdle(page);
    await page.waitForFunction(() => document.documentElement.dataset.analysis === 'ready', undefined, {
      timeout: 60_000,
    });
    await waitForMapIdle(page);
  });

  afterAll(async () => {
    console.info(`export timings: ${timings.join('; ')}`);
    await session?.close();
  });

  it('opens with the keyboard, pre-fills the title and frames the export on the map', async () => {
    await openDialog(page);
    expect(await page.getByTestId('export-title').inputValue()).toBe(
      'San Andrés de Tumaco — intervenciones y coca 2023',
    );
    await expect.poll(() => page.getByTestId('export-frame').count()).toBe(1);
    expect(await page.getByTestId('export-frame').getAttribute('data-map-css')).toMatch(/^\d+x\d+$/);
    // A 16:9 map at scale 1 is larger than this 1280 × 800 window's map: the preview says so.
    expect(await page.getByTestId('export-frame-larger').isVisible()).toBe(true);
  });

  it('exports the 16:9 slide as a 1920 × 1080 PNG with map, legend, furniture and the sample stamp', async () => {
    await page.getByTestId('export-preset').selectOption('slide-16x9');
    await page.getByTestId('export-format').selectOption('png');
    const result = await exportVia(page, () => page.getByTestId('export-run').click());
    timings.push(`16:9 ${result.ms} ms ${result.bytes.length} B`);
    expect(result.name).toMatch(/^atlas_san-andres-de-tumaco_interventions-[a-z-]+_20260115\.png$/);
    const image = decodePng(result.bytes);
    expect([image.width, image.height]).toEqual([1920, 1080]);
    expect(physPerMeter(result.bytes)).toBe(3780); // 96 dpi
    expect(result.layout.output).toEqual({ width: 1920, height: 1080 });
    expectFrame(image, result.layout, true);
    firstSlide = image;
  });

  it('exports A4 landscape at 300 dpi as 3508 × 2480 px with pHYs 300 dpi', async () => {
    await page.getByTestId('export-preset').selectOption('a4-landscape-300');
    const result = await exportVia(page, () => page.getByTestId('export-run').click());
    timings.push(`A4 300 ${result.ms} ms ${result.bytes.length} B`);
    const image = decodePng(result.bytes);
    expect([image.width, image.height]).toEqual([3508, 2480]);
    expect(physPerMeter(result.bytes)).toBe(11811); // 300 dpi = 11,811 px/m
    expectFrame(image, result.layout, true);
  });

  it('refuses an impossible size with a clear message, offers alternatives and downloads nothing', async () => {
    let downloads = 0;
    const count = () => downloads++;
    page.on('download', count);
    await page.getByTestId('export-preset').selectOption('custom');
    await page.getByTestId('export-width').fill('20000');
    await page.getByTestId('export-height').fill('20000');
    await page.getByTestId('export-scale').fill('1');
    await page.getByTestId('export-run').click();
    const message = page.getByTestId('export-problem');
    await expect.poll(() => message.isVisible()).toBe(true);
    expect(await message.textContent()).toMatch(/20\.000 × 20\.000 px.*16\.384/);
    expect(await page.getByTestId('export-largest').isVisible()).toBe(true);
    // The size check refuses before anything renders: no task ran, so no download can follow.
    expect(await page.getByTestId('export-status').count()).toBe(0);
    page.off('download', count);
    expect(downloads).toBe(0);
    expect(await page.getByTestId('export-progress').count()).toBe(0);
  });

  it('cancels a running export without a download', async () => {
    let downloads = 0;
    const count = () => downloads++;
    page.on('download', count);
    await page.getByTestId('export-preset').selectOption('custom');
    await page.getByTestId('export-width').fill('5760');
    await page.getByTestId('export-height').fill('3240');
    await page.getByTestId('export-scale').fill('3');
    await page.getByTestId('export-run').click();
    await page.getByTestId('export-cancel').click({ timeout: 5_000 });
    // The task settles as cancelled: it hands no file to the download, now or later.
    await expect.poll(() => page.getByTestId('export-status').textContent()).toBe('Exportación cancelada.');
    page.off('download', count);
    expect(downloads).toBe(0);
  });

  it('copies the export to the clipboard as a PNG', async () => {
    await session.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: new URL(baseUrl).origin,
    });
    await page.getByTestId('export-preset').selectOption('slide-16x9');
    await page.getByTestId('export-copy').click();
    await expect
      .poll(() => page.getByTestId('export-status').textContent(), { timeout: 60_000 })
      .toBe('Imagen copiada al portapapeles.');
    const copied = await page.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      const blob = await item.getType('image/png');
      const bytes = new Uint8Array(await blob.arrayBuffer());
      const view = new DataView(bytes.buffer);
      return { type: blob.type, width: view.getUint32(16), height: view.getUint32(20) };
    });
    expect(copied).toEqual({ type: 'image/png', width: 1920, height: 1080 });
  });

  it('exports the three pilots as a ZIP of equal-size PNGs with pixel-identical legends', async () => {
    await page.getByTestId('export-preset').selectOption('slide-16x9');
    await page.getByTestId('export-batch-layer').selectOption('pilot-municipalities');
    const result = await exportVia(page, () => page.getByTestId('export-batch-run').click());
    timings.push(`batch 3 × 16:9 ${result.ms} ms ${result.bytes.length} B`);
    expect(result.name).toMatch(/\.zip$/);
    const files = unzipSync(new Uint8Array(result.bytes));
    const names = Object.keys(files);
    expect(names).toHaveLength(3);
    expect(names.every((name) => name.endsWith('.png'))).toBe(true);
    const images = names.map((name) => decodePng(Buffer.from(files[name])));
    for (const image of images) {
      expect([image.width, image.height]).toEqual([1920, 1080]);
      expectFrame(image, result.layout, true);
    }
    const legends = images.map((image) => crop(image, result.layout.legend));
    expect(legends[1].equals(legends[0])).toBe(true);
    expect(legends[2].equals(legends[0])).toBe(true);
    // Different zones: the maps differ.
    expect(crop(images[0], result.layout.map).equals(crop(images[1], result.layout.map))).toBe(false);
  });

  it('leaves the sample stamp off when only boundary layers are visible', async () => {
    await closeDialog(page);
    for (const id of ['interventions', 'coca-choropleth']) {
      await page.getByTestId(`toggle-${id}`).uncheck();
    }
    await waitForMapIdle(page);
    await openDialog(page);
    await page.getByTestId('export-preset').selectOption('slide-16x9');
    const result = await exportVia(page, () => page.getByTestId('export-run').click());
    const image = decodePng(result.bytes);
    expect([image.width, image.height]).toEqual([1920, 1080]);
    expectFrame(image, result.layout, false);
  });

  it('gives the same image for the same link and preset', async () => {
    await closeDialog(page);
    await page.goto(link);
    await page.reload();
    await waitForMapIdle(page);
    await page.waitForFunction(() => document.documentElement.dataset.analysis === 'ready');
    await waitForMapIdle(page);
    await openDialog(page);
    await page.getByTestId('export-preset').selectOption('slide-16x9');
    const result = await exportVia(page, () => page.getByTestId('export-run').click());
    const image = decodePng(result.bytes);
    if (!firstSlide) throw new Error('the 16:9 export did not run');
    expect(changedPixels(image, firstSlide, 0)).toBe(0);
  });

  it('hides the chrome in presentation mode and leaves it with Esc', async () => {
    await page.getByTestId('export-presentation').click();
    await expect.poll(() => page.locator('.app-header').isVisible()).toBe(false);
    expect(await page.locator('.layer-panel').isVisible()).toBe(false);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.app-header').isVisible()).toBe(true);
    expect(session.errors.filter((error) => !error.includes('favicon'))).toEqual([]);
  });
});
