// The imported-area journey (issue 3): a planner imports a GeoJSON square around Tumaco; the
// table, the filter count and the statistics then cover only that area, with coca estimated from
// the synthetic 1 km cells inside it. References are computed in node with Turf on the shipped
// files. A broken file is then refused with a message naming it, and nothing else changes.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { booleanPointInPolygon, point, polygon } from '@turf/turf';
import type { FeatureCollection, Point } from 'geojson';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openBrowser, type Session, waitForMapIdle } from './browser';

const baseUrl = inject('baseUrl');

const square = polygon([
  [
    [-79.0, 1.5],
    [-78.5, 1.5],
    [-78.5, 2.0],
    [-79.0, 2.0],
    [-79.0, 1.5],
  ],
]);
const interventions = JSON.parse(
  readFileSync('public/geo/interventions.sample.geojson', 'utf8'),
) as FeatureCollection<Point>;
const cells = JSON.parse(readFileSync('public/geo/coca-estimates.json', 'utf8')) as {
  years: number[];
  lon: number[];
  lat: number[];
  hectares: number[][];
};
const inside = interventions.features.filter((feature) => booleanPointInPolygon(feature, square));
const year = cells.years.indexOf(2023);
let coca2023 = 0;
cells.lon.forEach((lon, cell) => {
  if (booleanPointInPolygon(point([lon, cells.lat[cell]]), square)) coca2023 += cells.hectares[cell][year];
});

const rowCount = (page: Page) => page.getByTestId('interventions-table').getAttribute('data-row-count');
async function filterCount(page: Page): Promise<number> {
  const text = (await page.getByTestId('filter-count').textContent()) ?? '';
  return Number((/^[\d.,\s]+/.exec(text)?.[0] ?? 'NaN').replace(/[.,\s]/g, ''));
}
const digits = (text: string | null) => Number((text ?? '').replace(/\D/g, ''));

describe('imported area journey', () => {
  let session: Session;
  let page: Page;
  const folder = mkdtempSync(join(tmpdir(), 'atlas-area-'));
  const good = join(folder, 'tumaco-cuadro.geojson');
  const broken = join(folder, 'puntos.geojson');
  writeFileSync(good, JSON.stringify({ type: 'FeatureCollection', features: [square] }));
  writeFileSync(
    broken,
    '{"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"Point","coordinates":[0,0]},"properties":{}}]}',
  );

  beforeAll(async () => {
    session = await openBrowser({ width: 1400, height: 1000 });
    page = session.page;
    await page.goto(baseUrl);
    await waitForMapIdle(page);
  });

  afterAll(async () => {
    await session?.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('has a meaningful reference', () => {
    expect(inside.length).toBeGreaterThan(50);
    expect(coca2023).toBeGreaterThan(1000);
  });

  it('filters the table and the statistics by the imported area', async () => {
    await expect.poll(() => rowCount(page)).toBe(String(interventions.features.length));
    await page.getByTestId('area-file').setInputFiles(good);
    await expect.poll(() => rowCount(page), { timeout: 30_000 }).toBe(String(inside.length));
    await waitForMapIdle(page);
    expect(await filterCount(page)).toBe(inside.length);
    expect(await page.locator('[data-chip=area]').textContent()).toContain('Área: tumaco-cuadro');
    expect(await page.getByTestId('zstats-zone').textContent()).toBe('tumaco-cuadro');
    expect(digits(await page.getByTestId('zstats-count').textContent())).toBe(inside.length);
    expect(digits(await page.getByTestId('zstats-area-coca').textContent())).toBe(Math.round(coca2023));
    expect(await page.getByTestId('zone-stats').textContent()).toMatch(/celdas sintéticas de 1 km/);
    expect(await page.getByTestId('zstats-coca').count()).toBe(0);
    expect(await page.getByTestId('area-loaded').textContent()).toMatch(/no se guarda en el enlace/);
    expect(await page.evaluate(() => window.location.hash)).not.toContain('tumaco');
    await page.screenshot({ path: join(tmpdir(), 'atlas-area-import.png') });
  });

  it('refuses a file without polygons, naming it, and changes nothing else', async () => {
    await page.getByTestId('area-file').setInputFiles(broken);
    const alert = page.getByTestId('area-error');
    await expect.poll(() => alert.textContent()).toContain('puntos.geojson');
    expect(await alert.getAttribute('role')).toBe('alert');
    expect(await alert.textContent()).toMatch(/no contiene polígonos/);
    expect(await page.getByTestId('area-skipped').textContent()).toMatch(/elemento 0: la geometría Point/);
    await waitForMapIdle(page);
    expect(await rowCount(page)).toBe(String(inside.length));
    expect(await page.locator('[data-chip=area]').textContent()).toContain('tumaco-cuadro');
  });

  it('removes the area from its chip', async () => {
    await page.locator('[data-chip=area] button').click();
    await expect.poll(() => rowCount(page), { timeout: 30_000 }).toBe(String(interventions.features.length));
    expect(await page.locator('[data-chip=area]').count()).toBe(0);
    expect(session.errors).toEqual([]);
  });
});
