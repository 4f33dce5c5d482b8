// The foundation journey (issues 2 and 7): a planner opens the app, sees the PDET, Zonas Futuro and
// pilot layers drawn on DANE's MGN 2018 boundaries (attributed on the map and in the sources view),
// clicks inside Tumaco and reads its official area, lists a subregion's members (every one with its
// own polygon), finds Sardinata with the zone picker, reloads the link, switches to English, and
// nothing ever leaves the origin.
import { readFileSync } from 'node:fs';
import { bbox } from '@turf/turf';
import type { FeatureCollection, Point } from 'geojson';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { afterMapMove, openBrowser, type Session, waitForMapIdle } from './browser';
import { changedPixels, decodePng, pixelsNear } from './pixels';

const baseUrl = inject('baseUrl');
const labels = JSON.parse(readFileSync('public/geo/labels.geojson', 'utf8')) as FeatureCollection<Point>;
const municipalities = JSON.parse(
  readFileSync('public/geo/municipalities.geojson', 'utf8'),
) as FeatureCollection;

function anchorOf(divipola: string): [number, number] {
  const label = labels.features.find(
    (f) => f.properties?.layer === 'municipalities' && f.properties?.divipola === divipola,
  );
  if (!label) throw new Error(`no label anchor for ${divipola}`);
  return label.geometry.coordinates as [number, number];
}

function bboxOf(divipola: string): [number, number, number, number] {
  const feature = municipalities.features.find((f) => f.properties?.divipola === divipola);
  if (!feature) throw new Error(`no polygon for ${divipola}`);
  return bbox(feature) as [number, number, number, number];
}

async function mapShot(page: Page) {
  return decodePng(await page.locator('.map-container canvas').screenshot());
}

async function setLayer(page: Page, id: string, on: boolean) {
  const box = page.getByTestId(`toggle-${id}`);
  if ((await box.isChecked()) !== on) await box.click();
  await waitForMapIdle(page);
}

function viewFromUrl(url: string) {
  const v = new URLSearchParams(new URL(url).hash.slice(1)).get('v') ?? '';
  const [zoom, lat, lon] = v.split('/').map(Number);
  return { zoom, lat, lon };
}

describe('foundation journey', () => {
  let session: Session;
  let page: Page;

  beforeAll(async () => {
    session = await openBrowser({ width: 1600, height: 1000 });
    page = session.page;
    // Colombia's centre, boundary layers only: the pixel checks below isolate each layer.
    await page.goto(
      `${baseUrl}#v=5.4/5.5/-74.5&l=departments,pdet-subregions,zonas-futuro,pilot-municipalities`,
    );
    await waitForMapIdle(page);
  });

  afterAll(async () => {
    await session?.close();
  });

  it('draws the PDET, Zonas Futuro and pilot layers (checked by pixels)', async () => {
    const all = await mapShot(page);
    expect(pixelsNear(all, '#c2185b', 30)).toBeGreaterThan(20);
    for (const id of ['pilot-municipalities', 'zonas-futuro', 'pdet-subregions']) {
      await setLayer(page, id, false);
      const without = await mapShot(page);
      expect(changedPixels(all, without), `${id} changes the map`).toBeGreaterThan(200);
      await setLayer(page, id, true);
    }
    expect(pixelsNear(await mapShot(page), '#c2185b', 30)).toBeGreaterThan(20);
  });

  it('shows the info panel when the user clicks inside Tumaco', async () => {
    const [lon, lat] = anchorOf('52835');
    await page.goto(
      `${baseUrl}#v=9/${lat}/${lon}&l=pdet-subregions,zonas-futuro,pilot-municipalities&lang=es`,
    );
    await page.reload();
    await waitForMapIdle(page);
    const canvas = page.locator('.map-container canvas');
    const box = await canvas.boundingBox();
    if (!box) throw new Error('no canvas');
    await page.mouse.move(box.x + box.width / 2 - 5, box.y + box.height / 2 - 5);
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const tooltip = page.locator('.map-tooltip');
    await expect.poll(() => tooltip.isVisible()).toBe(true);
    expect(await tooltip.textContent()).toContain('San Andrés de Tumaco (Nariño)');
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    const panel = page.getByTestId('info-panel');
    await expect.poll(() => panel.isVisible()).toBe(true);
    expect(await page.getByTestId('info-divipola').textContent()).toBe('52835');
    const text = await panel.textContent();
    expect(text).toContain('San Andrés de Tumaco');
    expect(text).toContain('Nariño');
    expect(text).toContain('Pacífico y Frontera Nariñense');
    // DANE's official area (MPIO_NAREA 3,611.5 km²), labelled official.
    expect(text).toContain('Área oficial (DANE)');
    expect(await page.getByTestId('info-area').textContent()).toMatch(/^3\.611,5\s?km²$/);
    expect(await page.getByTestId('info-source').textContent()).toContain(
      'DANE – Marco Geoestadístico Nacional 2018',
    );
  });

  it('attributes the boundaries to DANE MGN 2018 on the map and in the sources view', async () => {
    const attribution = page.locator('.maplibregl-ctrl-attrib');
    await expect.poll(() => attribution.textContent()).toContain('DANE – Marco Geoestadístico Nacional 2018');
    await page.getByRole('button', { name: 'Fuentes' }).click();
    const dialog = page.locator('.sources-dialog');
    await expect.poll(() => dialog.isVisible()).toBe(true);
    const sources = (await dialog.textContent()) ?? '';
    expect(sources).toContain('DANE – Marco Geoestadístico Nacional 2018');
    expect(sources).toContain('DANE – Marco Geoestadístico Nacional 2018 (MGN): layer MGN_MPIO_POLITICO');
    expect(sources).not.toMatch(/sin polígono/);
    await dialog.getByRole('button', { name: 'Cerrar' }).click();
    await expect.poll(() => dialog.isVisible()).toBe(false);
  });

  it("lists a subregion's members, every one with its own polygon and no 'drawn inside' entries", async () => {
    await page.getByRole('button', { name: 'Pacífico y Frontera Nariñense' }).click();
    await expect.poll(() => page.getByTestId('info-member-count').textContent()).toBe('11');
    const panel = page.getByTestId('info-panel');
    expect(await panel.locator('.member-list li').count()).toBe(11);
    await page.locator('.zone-picker input').fill('Chocó');
    await page.keyboard.press('Enter');
    await expect.poll(() => panel.textContent()).toContain('Carmen del Darién');
    expect(await panel.locator('.member-list li').count()).toBe(14);
    expect(await panel.textContent()).not.toMatch(/polígono propio|dibujado dentro|drawn inside/);
    // Carmen del Darién (created in 2000) opens with its own polygon and official area.
    await panel.getByRole('button', { name: 'Carmen del Darién' }).click();
    await expect.poll(() => page.getByTestId('info-divipola').textContent()).toBe('27150');
    const shown = (await page.getByTestId('info-area').textContent()) ?? '';
    const official = municipalities.features.find((f) => f.properties?.divipola === '27150')?.properties
      ?.area_km2;
    expect(Number(shown.replace(/[^\d,]/g, '').replace(',', '.'))).toBe(official);
  });

  it('flies to Sardinata from the zone picker, by keyboard', async () => {
    const input = page.locator('.zone-picker input');
    await input.click();
    await input.fill('Sardinata');
    await afterMapMove(page, () => page.keyboard.press('Enter'));
    await expect.poll(() => page.getByTestId('info-divipola').textContent()).toBe('54720');
    await page.waitForFunction(() => window.location.hash.includes('s=pilot-municipalities:54720'));
    await waitForMapIdle(page);
    const view = viewFromUrl(page.url());
    const [west, south, east, north] = bboxOf('54720');
    expect(view.lon).toBeGreaterThan(west);
    expect(view.lon).toBeLessThan(east);
    expect(view.lat).toBeGreaterThan(south);
    expect(view.lat).toBeLessThan(north);
    expect(view.zoom).toBeGreaterThan(7);
  });

  it('restores view, layers, selection and language from the URL on reload', async () => {
    await setLayer(page, 'departments', false);
    const before = page.url();
    await page.reload();
    await waitForMapIdle(page);
    expect(page.url()).toBe(before);
    expect(await page.getByTestId('toggle-departments').isChecked()).toBe(false);
    expect(await page.getByTestId('info-divipola').textContent()).toBe('54720');
  });

  it('switches the UI to English and keeps it in the URL', async () => {
    await page.getByTestId('lang-en').click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Intervention Atlas');
    expect(await page.getByTestId('info-panel').textContent()).toContain('DIVIPOLA code');
    await page.waitForFunction(() => window.location.hash.includes('lang=en'));
    await page.reload();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Intervention Atlas');
  });

  it('falls back to defaults on a malformed URL without crashing', async () => {
    await page.goto(`${baseUrl}#v=banana&l=%%%&s=<img src=x>&lang=xx`);
    await page.reload();
    await waitForMapIdle(page);
    expect(await page.locator('h1').textContent()).toBe('Atlas de Intervenciones');
    expect(await page.locator('img[src=x]').count()).toBe(0);
  });

  it('made no request outside its origin', () => {
    const origin = new URL(baseUrl).origin;
    const foreign = session.requests.filter((url) => !url.startsWith(origin) && !/^(data|blob):/.test(url));
    expect(foreign).toEqual([]);
    expect(session.errors.filter((e) => !/GL Driver Message|GPU stall/.test(e))).toEqual([]);
  });
});
