import { booleanPointInPolygon } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { CocaCell } from '../../src/io/schemas.ts';
import { allocateCoca } from './allocate-coca.ts';
import { COCA_CELL_YEARS, fromCocaEstimatesFile } from './coca-estimates-file.ts';
import { cellCentroid } from './grid.ts';
import { round5 } from './grid-cells-in-shape.ts';
import { shapeContains } from './municipality-shapes.ts';
import {
  committedCocaEstimates,
  committedCocaTable,
  committedMunicipalities,
  committedShapes,
} from './test-helpers.ts';

const table = committedCocaTable();
const estimates = committedCocaEstimates();
const cells = fromCocaEstimatesFile(estimates);
const shapes = committedShapes();

describe('coca-estimates.json (synthetic cells)', () => {
  it('is flagged synthetic and covers 2015–2024', () => {
    expect(estimates.synthetic).toBe(true);
    expect(estimates.allocation).toBe('synthetic');
    expect(estimates.years).toEqual(COCA_CELL_YEARS);
    expect(COCA_CELL_YEARS).toEqual([2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024]);
  });

  it('sums per municipality and year to the official figure within 0.1 ha', () => {
    const sums = new Map<string, number[]>();
    for (const cell of cells) {
      const sum = sums.get(cell.divipola) ?? COCA_CELL_YEARS.map(() => 0);
      cell.hectares.forEach((value, index) => {
        sum[index] += value;
      });
      sums.set(cell.divipola, sum);
    }
    let checked = 0;
    for (const [divipola, values] of Object.entries(table.rows)) {
      COCA_CELL_YEARS.forEach((year, index) => {
        const official = values[table.years.indexOf(year)] ?? 0;
        expect(
          Math.abs((sums.get(divipola)?.[index] ?? 0) - official),
          `${divipola} ${year}`,
        ).toBeLessThanOrEqual(0.1);
        checked++;
      });
    }
    expect(checked).toBe(319 * 10);
  });

  it('keeps every cell valid (schema, 0–100 ha), unique, and on the grid', () => {
    const keys = new Set<string>();
    for (const cell of cells) {
      CocaCell.parse(cell);
      const [column, row] = cell.cell.split('_').map(Number);
      const [lon, lat] = cellCentroid(column, row);
      expect([cell.lon, cell.lat]).toEqual([round5(lon), round5(lat)]);
      keys.add(cell.cell);
    }
    expect(keys.size).toBe(cells.length);
  });

  it("puts every one of the cells' centroids inside its own municipality's polygon, checked with Turf", () => {
    const features = new Map(
      committedMunicipalities().features.map((feature) => [
        String(feature.properties?.divipola),
        feature as Feature<Polygon | MultiPolygon>,
      ]),
    );
    let checked = 0;
    for (const cell of cells) {
      const feature = features.get(cell.divipola);
      expect(feature, cell.divipola).toBeDefined();
      expect(
        booleanPointInPolygon([cell.lon, cell.lat], feature as Feature<Polygon | MultiPolygon>),
        `${cell.cell} in ${cell.divipola}`,
      ).toBe(true);
      checked++;
    }
    expect(checked).toBe(estimates.cells.length);
  });

  it('has a cell in every census municipality with coca in 2015–2024, and in no other', () => {
    const withCoca = Object.entries(table.rows)
      .filter(([, values]) => COCA_CELL_YEARS.some((year) => (values[table.years.indexOf(year)] ?? 0) > 0))
      .map(([divipola]) => divipola)
      .sort();
    expect([...new Set(cells.map((cell) => cell.divipola))].sort()).toEqual(withCoca);
  });
});

describe('allocateCoca', () => {
  const figures = new Map([
    ['52835', [100, 2500.55, 0, 31300.41, 10, 10, 10, 10, 10, 10]],
    ['86757', [6410.95, 0, 1, 2, 3, 4, 5, 6, 7, 8]],
  ]);

  it('places a municipality created after the 1990s (San Miguel, 86757) in its own polygon', () => {
    const allocated = allocateCoca(figures, shapes, { seed: 'a', years: COCA_CELL_YEARS });
    const sanMiguel = allocated.filter((cell) => cell.divipola === '86757');
    expect(sanMiguel.reduce((sum, cell) => sum + cell.hectares[0], 0)).toBeCloseTo(6410.95, 1);
    const shape = shapes.get('86757');
    if (!shape) throw new Error('no shape 86757');
    for (const cell of sanMiguel) expect(shapeContains(shape, cell.lon, cell.lat), cell.cell).toBe(true);
  });

  it('is reproducible for a seed and changes with the seed', () => {
    const first = allocateCoca(figures, shapes, { seed: 'a', years: COCA_CELL_YEARS });
    expect(allocateCoca(figures, shapes, { seed: 'a', years: COCA_CELL_YEARS })).toEqual(first);
    expect(allocateCoca(figures, shapes, { seed: 'b', years: COCA_CELL_YEARS })).not.toEqual(first);
  });

  it('keeps hotspots persistent: most cells with coca one year have coca the next', () => {
    const allocated = allocateCoca(figures, shapes, { seed: 'a', years: COCA_CELL_YEARS }).filter(
      (cell) => cell.divipola === '52835',
    );
    const both = allocated.filter((cell) => cell.hectares[4] > 0 && cell.hectares[5] > 0).length;
    const either = allocated.filter((cell) => cell.hectares[4] > 0 || cell.hectares[5] > 0).length;
    expect(both / either).toBeGreaterThan(0.8);
  });
});
