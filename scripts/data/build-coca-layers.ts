/**
 * Builds the two coca layers from the reference CSV and the municipality polygons: the official
 * table (coca-municipal.json) and the synthetic 1 km cells (coca-estimates.json). Municipalities of
 * the census without a polygon of their own are recorded, and their hectares allocated inside the
 * polygon that contains them (manifest `missing`, else the unverified hosts of polygon-hosts.ts).
 */
import type { FeatureCollection } from 'geojson';
import type { CocaEstimatesFile, CocaMunicipalTable } from '../../src/io/schemas.ts';
import { allocateCoca, type CocaCellRecord } from './allocate-coca.ts';
import { COCA_CELL_YEARS, toCocaEstimatesFile } from './coca-estimates-file.ts';
import { buildCocaTable, parseCocaCsv } from './coca-table.ts';
import { buildMunicipalityShapes, type MissingEntry, type MunicipalityShape } from './municipality-shapes.ts';
import { POLYGON_HOSTS } from './polygon-hosts.ts';

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
  missing: readonly MissingEntry[],
  options: { seed: number | string },
): CocaLayers {
  const rows = parseCocaCsv(cocaCsv);
  const ownPolygon = new Set(municipalities.features.map((feature) => String(feature.properties?.divipola)));
  const hosts = [
    ...missing,
    ...POLYGON_HOSTS.filter((host) => !missing.some((entry) => entry.divipola === host.divipola)),
  ];
  const shapes = buildMunicipalityShapes(municipalities, hosts);
  const byCode = new Map(shapes.map((shape) => [shape.divipola, shape]));
  const names = new Map(rows.map((row) => [row.divipola, row.municipality]));
  const withoutOwnPolygon = Object.fromEntries(
    [...names]
      .filter(([divipola]) => !ownPolygon.has(divipola))
      .map(([divipola, name]) => [
        divipola,
        { contained_in: byCode.get(divipola)?.polygon_divipola ?? null, name },
      ]),
  );
  const table = buildCocaTable(rows, { withoutOwnPolygon });
  const figures = new Map<string, number[]>();
  const recentHectares = new Map<string, number>();
  for (const [divipola, values] of Object.entries(table.rows)) {
    const byYear = (year: number) => values[table.years.indexOf(year)] ?? 0;
    const cellYears = COCA_CELL_YEARS.map(byYear);
    if (cellYears.some((value) => value > 0)) figures.set(divipola, cellYears);
    recentHectares.set(divipola, [2021, 2022, 2023, 2024].reduce((sum, year) => sum + byYear(year), 0) / 4);
  }
  const unplaced = [...figures.keys()].filter((divipola) => !byCode.has(divipola));
  if (unplaced.length > 0) throw new Error(`coca municipalities without any polygon: ${unplaced.join(', ')}`);
  const cells = allocateCoca(figures, byCode, { seed: options.seed, years: COCA_CELL_YEARS });
  return { table, estimates: toCocaEstimatesFile(cells, options.seed), cells, shapes, recentHectares };
}
