// The interventions journey (issue 3): a planner selects the Catatumbo PDET subregion, reads the
// table of its interventions, narrows it by pillar, exports it as CSV and reloads the link. Every
// count is checked against a direct computation in node on the shipped files: interventions whose
// point lies inside the dissolved Catatumbo polygon (turf booleanPointInPolygon), as the app
// assigns zones by geometry.
import { readFileSync } from 'node:fs';
import { booleanPointInPolygon } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openBrowser, type Session, waitForMapIdle } from './browser';

const baseUrl = inject('baseUrl');

type Intervention = Feature<
  Point,
  { id: string; pillar: string; divipola: string; budget_cop: number; sample: boolean }
>;
const interventions = JSON.parse(
  readFileSync('public/geo/interventions.sample.geojson', 'utf8'),
) as FeatureCollection<Point, Intervention['properties']>;
const subregions = JSON.parse(
  readFileSync('public/geo/pdet-subregions.geojson', 'utf8'),
) as FeatureCollection<Polygon | MultiPolygon, { name: string; divipola_codes: string[] }>;
const catatumbo = subregions.features.find((f) => f.properties.name === 'Catatumbo');
if (!catatumbo) throw new Error('no Catatumbo in pdet-subregions.geojson');

/** The reference: interventions inside the Catatumbo polygon. */
const inCatatumbo = interventions.features.filter((f) => booleanPointInPolygon(f, catatumbo));
const inCatatumboNotSR = inCatatumbo.filter((f) => f.properties.pillar !== 'SR');
/** The same by the records' own municipality codes (a cross-check of the reference). */
const byMembership = interventions.features.filter((f) =>
  catatumbo.properties.divipola_codes.includes(f.properties.divipola),
);

/** Minimal RFC 4180 reader: rows of cells (quoted fields, doubled quotes, CRLF). */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  return rows;
}

const rowCount = (page: Page) => page.getByTestId('interventions-table').getAttribute('data-row-count');

/** The first number of the filter count text ("1.109 de 10.000 intervenciones" → 1109). */
async function filterCount(page: Page): Promise<number> {
  const text = (await page.getByTestId('filter-count').textContent()) ?? '';
  return Number((/^[\d.,\s]+/.exec(text)?.[0] ?? 'NaN').replace(/[.,\s]/g, ''));
}

async function waitForApp(page: Page) {
  await waitForMapIdle(page);
  await page.waitForFunction(() => document.documentElement.dataset.analysis === 'ready', undefined, {
    timeout: 60_000,
  });
}

describe('interventions journey', () => {
  let session: Session;
  let page: Page;

  beforeAll(async () => {
    session = await openBrowser({ width: 1400, height: 1000 });
    page = session.page;
    await page.goto(baseUrl);
    await waitForApp(page);
  });

  afterAll(async () => {
    await session?.close();
  });

  it('has a reference that agrees with the municipal membership', () => {
    expect(inCatatumbo.length).toBeGreaterThan(100);
    expect(inCatatumbo.map((f) => f.properties.id).sort()).toEqual(
      byMembership.map((f) => f.properties.id).sort(),
    );
  });

  it('shows the Catatumbo interventions in the table and the filter count', async () => {
    const all = interventions.features.length;
    await expect.poll(() => rowCount(page)).toBe(String(all));
    const input = page.getByRole('combobox', { name: 'Buscar zona' });
    await input.click();
    await input.fill('Catatumbo');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => window.location.hash.includes('s=pdet-subregions:Catatumbo'));
    await expect.poll(() => rowCount(page), { timeout: 30_000 }).toBe(String(inCatatumbo.length));
    expect(await filterCount(page)).toBe(inCatatumbo.length);
    expect(await page.getByTestId('table-sample-note').textContent()).toMatch(/muestra/);
    await waitForMapIdle(page);
  });

  it('narrows the table when a pillar is unchecked', async () => {
    await page.getByTestId('filter-pillars-SR').click();
    await expect.poll(() => rowCount(page), { timeout: 30_000 }).toBe(String(inCatatumboNotSR.length));
    expect(await filterCount(page)).toBe(inCatatumboNotSR.length);
    const pillars = await page
      .locator('[data-testid=interventions-table] tbody tr td.itable-col-pillar')
      .allTextContents();
    expect(pillars.length).toBeGreaterThan(5);
    expect(pillars.every((pillar) => pillar !== 'SR')).toBe(true);
    await waitForMapIdle(page);
  });

  it('sorts by budget from the header', async () => {
    const header = page.getByTestId('sort-budget');
    await header.click();
    await header.click();
    expect(await page.locator('th:has([data-testid=sort-budget])').getAttribute('aria-sort')).toBe(
      'descending',
    );
    const expected = Math.max(...inCatatumboNotSR.map((f) => f.properties.budget_cop));
    const firstId = await page
      .locator('[data-testid=interventions-table] tbody tr')
      .first()
      .getAttribute('data-id');
    const first = inCatatumboNotSR.find((f) => f.properties.id === firstId);
    expect(first?.properties.budget_cop).toBe(expected);
  });

  it('selects a row, highlights it and moves with the keyboard', async () => {
    const rows = page.locator('[data-testid=interventions-table] tbody tr');
    await rows.first().click();
    await expect.poll(() => rows.first().getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect.poll(() => rows.nth(1).getAttribute('aria-selected')).toBe('true');
    expect(await rows.first().getAttribute('aria-selected')).toBe('false');
    await waitForMapIdle(page);
  });

  it('exports the filtered rows as CSV with provenance and sample header rows', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-csv').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^atlas_interventions_catatumbo_\d{8}\.csv$/);
    const bytes = readFileSync(await download.path());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8').slice(1);
    const lines = text.split('\r\n');
    const comments = lines.filter((line) => line.startsWith('# '));
    expect(comments.length).toBeGreaterThanOrEqual(5);
    expect(lines.slice(0, comments.length)).toEqual(comments);
    const header = comments.join('\n');
    expect(header).toContain('DATOS DE MUESTRA');
    expect(header).toMatch(/Zona: Catatumbo \(Subregión PDET\)/);
    expect(header).toMatch(/Pilar: [^·]*\(RD\)[^·]*\(EP\)/);
    expect(header).toMatch(/Fecha de exportación: \d{4}-\d{2}-\d{2}T/);
    expect(header).toContain('UNODC-SIMCI');
    const [columns, ...data] = readCsv(lines.slice(comments.length).join('\r\n'));
    expect(columns.slice(0, 3)).toEqual(['id', 'title', 'pillar']);
    expect(data).toHaveLength(inCatatumboNotSR.length);
    expect(data.map((row) => row[0]).sort()).toEqual(inCatatumboNotSR.map((f) => f.properties.id).sort());
    expect(data.every((row) => row[columns.indexOf('sample')] === 'true')).toBe(true);
    const budget = data.map((row) => row[columns.indexOf('budget_cop')]);
    expect(budget.every((value) => /^\d+(\.\d+)?$/.test(value))).toBe(true);
  });

  it('exports GeoJSON and zone CSV', async () => {
    const [geojson] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-geojson').click(),
    ]);
    const collection = JSON.parse(readFileSync(await geojson.path(), 'utf8'));
    expect(collection.metadata.sample).toBe(true);
    expect(collection.features).toHaveLength(inCatatumboNotSR.length);
    const [zones] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-zones').click(),
    ]);
    expect(zones.suggestedFilename()).toMatch(/^atlas_zones_pdet-subregions_\d{8}\.csv$/);
    const rows = readCsv(readFileSync(await zones.path(), 'utf8').slice(1)).filter(
      (r) => !r[0].startsWith('# '),
    );
    expect(rows).toHaveLength(1 + subregions.features.length);
    const catatumboRow = rows.find((row) => row[0] === 'Catatumbo');
    expect(Number(catatumboRow?.[1])).toBe(inCatatumboNotSR.length);
  });

  it('restores zone, filters and counts from the URL on reload', async () => {
    const before = page.url();
    await page.reload();
    await waitForApp(page);
    expect(page.url()).toBe(before);
    await expect.poll(() => rowCount(page), { timeout: 30_000 }).toBe(String(inCatatumboNotSR.length));
    expect(await filterCount(page)).toBe(inCatatumboNotSR.length);
    expect(await page.getByTestId('filter-pillars-SR').isChecked()).toBe(false);
    expect(await page.getByTestId('filter-chips').textContent()).toContain('Catatumbo');
  });

  it('scrolls to and highlights an intervention clicked on the map', async () => {
    // An isolated intervention late in the table's default order (by id), so the table must scroll.
    const distance = (a: Intervention, b: Intervention) =>
      Math.hypot(
        a.geometry.coordinates[0] - b.geometry.coordinates[0],
        a.geometry.coordinates[1] - b.geometry.coordinates[1],
      );
    const target = [...inCatatumboNotSR]
      .sort((a, b) => b.properties.id.localeCompare(a.properties.id))
      .slice(0, 60)
      .find((f) => interventions.features.every((other) => other === f || distance(f, other) > 0.01));
    if (!target) throw new Error('no isolated intervention to click');
    const [lon, lat] = target.geometry.coordinates;
    const url = new URL(page.url());
    const hash = new URLSearchParams(url.hash.slice(1));
    hash.set('v', `13/${lat}/${lon}`);
    await page.goto(
      `${url.origin}${url.pathname}#${hash.toString().replace(/%2F/g, '/').replace(/%3A/g, ':')}`,
    );
    await page.reload();
    await waitForApp(page);
    await expect.poll(() => rowCount(page), { timeout: 30_000 }).toBe(String(inCatatumboNotSR.length));
    const row = page.locator(`[data-testid=interventions-table] tr[data-id="${target.properties.id}"]`);
    expect(await row.count()).toBe(0);
    const box = await page.locator('.map-container canvas').boundingBox();
    if (!box) throw new Error('no canvas');
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await expect.poll(() => row.getAttribute('aria-selected'), { timeout: 10_000 }).toBe('true');
    const rowBox = await row.boundingBox();
    const viewport = await page.locator('.itable-scroll').boundingBox();
    if (!rowBox || !viewport) throw new Error('no boxes');
    expect(rowBox.y).toBeGreaterThanOrEqual(viewport.y);
    expect(rowBox.y + rowBox.height).toBeLessThanOrEqual(viewport.y + viewport.height + 1);
    await waitForMapIdle(page);
  });

  it('keeps the map idle and the console clean, with no request outside the origin', async () => {
    await waitForMapIdle(page);
    const origin = new URL(baseUrl).origin;
    const foreign = session.requests.filter((url) => !url.startsWith(origin) && !/^(data|blob):/.test(url));
    expect(foreign).toEqual([]);
    expect(session.errors.filter((e) => !/GL Driver Message|GPU stall/.test(e))).toEqual([]);
  });
});
