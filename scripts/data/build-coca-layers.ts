/**
 * Builds the two coca layers from the reference CSV and the municipality polygons: the official
 * table (coca-municipal.json) and the synthetic 1 km cells (coca-estimates.json), each cell inside
 * its own municipality. A census municipality without a polygon stops the build.
 */
import type { FeatureCollection } from 'geojson';
import type { CocaEstimatesFile, CocaMunicipalTable } from '../../src/io/schemas.ts';
import { allocateCoca, type CocaCellRecord } from './allocate-coca.ts';
import { COCA_CELL_YEARS, toCocaEstimatesFile } from './coca-estimates-file.ts';
import { buildCocaTable, parseCocaCsv } from './coca-table.ts';
import { buildMunicipalityShapes, type MunicipalityShape } from './municipality-shapes.ts';

export interface CocaLayers {
  table: CocaMunicipalTable;
  estimates: CocaEstimatesFile;
  cells: CocaCellRecord[];
  shapes: MunicipalityShape[];
  /** Mean official hectares 2021–2024 per DIVIPOLA (null years count as 0). */
  recentHectares: Map<string, number>;
}

export function buildCocaLayers(
  cocaCsv: string,
  municipalities: FeatureCollection,
  options: { seed: number | string },
): CocaLayers {
  const rows = parseCocaCsv(cocaCsv);
  const shapes = buildMunicipalityShapes(municipalities);
  const byCode = new Map(shapes.map((shape) => [shape.divipola, shape]));
  const unplaced = [...new Set(rows.map((row) => row.divipola))].filter((divipola) => !byCode.has(divipola));
  if (unplaced.length > 0) {
    throw new Error(
      `coca census municipalities without a polygon in municipalities.geojson: ${unplaced.join(', ')}`,
    );
  }
  const table = buildCocaTable(rows);
  const figures = new Map<string, number[]>();
  const recentHectares = new Map<string, number>();
  for (const [divipola, values] of Object.entries(table.rows)) {
    const byYear = (year: number) => values[table.years.indexOf(year)] ?? 0;
    const cellYears = COCA_CELL_YEARS.map(byYear);
    if (cellYears.some((value) => value > 0)) figures.set(divipola, cellYears);
    recentHectares.set(divipola, [2021, 2022, 2023, 2024].reduce((sum, year) => sum + byYear(year), 0) / 4);
  }
  const cells = allocateCoca(figures, byCode, { seed: options.seed, years: COCA_CELL_YEARS });
  return { table, estimates: toCocaEstimatesFile(cells, options.seed), cells, shapes, recentHectares };
}
