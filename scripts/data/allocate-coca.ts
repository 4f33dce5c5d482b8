/**
 * Synthetic allocation of the official municipal coca figures to 1 km grid cells. Inside each
 * municipality a few seeded hotspots with exponentially decaying weights (persistent across years,
 * with a small yearly drift of their strength) decide where hectares go; each year's official
 * figure is water-filled over the most-weighted cells with no cell above 100 ha, in tenths of a
 * hectare, so per-municipality, per-year sums equal the official figure to within 0.05 ha. A cell
 * belongs to the municipality the engine assigns its centroid to. Positions are invented; only the
 * totals are official.
 */
import { randomInt, seededRandom } from '../../src/geo/seeded-random.ts';
import { distributeCapped } from './distribute-capped.ts';
import { cellId } from './grid.ts';
import { type GridCell, gridCellsInShape } from './grid-cells-in-shape.ts';
import type { MunicipalityShape } from './municipality-shapes.ts';

export interface CocaCellRecord {
  cell: string;
  lon: number;
  lat: number;
  divipola: string;
  /** Hectares per year of the allocation's `years`, one decimal. */
  hectares: number[];
}

export interface AllocateOptions {
  seed: number | string;
  /** Years to allocate, e.g. 2015–2024. */
  years: readonly number[];
  /** Average hectares per active cell the allocation aims at (more cells when a figure grows). */
  hectaresPerCell?: number;
}

/** Tenths of a hectare: the allocation unit. A cell holds at most 100 ha = 1000 tenths. */
const CELL_CAP_TENTHS = 1000;

/**
 * Allocates `figures` (DIVIPOLA → hectares per year of `options.years`) to grid cells.
 * Returns cells sorted by DIVIPOLA, then row, then column; cells that stay 0 in every year are left out.
 */
export function allocateCoca(
  figures: ReadonlyMap<string, readonly number[]>,
  shapes: ReadonlyMap<string, MunicipalityShape>,
  options: AllocateOptions,
): CocaCellRecord[] {
  const cells: CocaCellRecord[] = [];
  for (const divipola of [...figures.keys()].sort()) {
    const shape = shapes.get(divipola);
    if (!shape) throw new Error(`no polygon for coca municipality ${divipola}`);
    cells.push(
      ...allocateMunicipality(divipola, gridCellsInShape(shape), figures.get(divipola) ?? [], options),
    );
  }
  return cells;
}

function allocateMunicipality(
  divipola: string,
  region: readonly GridCell[],
  figure: readonly number[],
  options: AllocateOptions,
): CocaCellRecord[] {
  const tenths = figure.map((hectares) => Math.round(hectares * 10));
  const largest = Math.max(...tenths);
  if (largest === 0) return [];
  if (region.length * CELL_CAP_TENTHS < largest) {
    throw new Error(`${divipola}: ${largest / 10} ha do not fit in ${region.length} cells of 100 ha`);
  }
  const random = seededRandom(`${options.seed}:coca:${divipola}`);
  const hotspotCount = Math.min(6, 1 + Math.ceil(Math.log10(largest / 10 + 1)));
  const hotspots = Array.from({ length: hotspotCount }, () => ({
    cell: region[randomInt(random, 0, region.length - 1)],
    strength: 0.3 + random(),
    reachKm: 1 + random() * 3 + Math.sqrt(region.length) / 15,
  }));
  const baseWeights = region.map((cell) =>
    weightAt(
      cell,
      hotspots,
      hotspots.map((spot) => spot.strength),
    ),
  );
  const order = region.map((_, index) => index).sort((a, b) => baseWeights[b] - baseWeights[a] || a - b);
  const hectaresPerCell = options.hectaresPerCell ?? 12;
  const values = region.map(() => new Array<number>(figure.length).fill(0));
  let drift = hotspots.map(() => 0);
  for (let yearIndex = 0; yearIndex < figure.length; yearIndex++) {
    drift = drift.map((value) => Math.max(-1, Math.min(1, value + (random() - 0.5) * 0.5)));
    const target = tenths[yearIndex];
    if (target === 0) continue;
    const activeCount = Math.min(
      region.length,
      Math.max(1, Math.ceil(target / 10 / hectaresPerCell), Math.ceil(target / (CELL_CAP_TENTHS * 0.8))),
    );
    const active = order.slice(0, activeCount);
    const strengths = hotspots.map((spot, index) => spot.strength * Math.exp(drift[index]));
    const weights = active.map((cellIndex) => weightAt(region[cellIndex], hotspots, strengths));
    const parts = distributeCapped(target, weights, CELL_CAP_TENTHS);
    active.forEach((cellIndex, position) => {
      values[cellIndex][yearIndex] = parts[position] / 10;
    });
  }
  return region
    .map((cell, index) => ({
      cell: cellId(cell.column, cell.row),
      lon: cell.lon,
      lat: cell.lat,
      divipola,
      hectares: values[index],
      row: cell.row,
      column: cell.column,
    }))
    .filter((record) => record.hectares.some((value) => value > 0))
    .sort((a, b) => a.row - b.row || a.column - b.column)
    .map(({ row: _row, column: _column, ...record }) => record);
}

/** Sum of exponentially decaying hotspot weights plus a small floor, distances in km (grid units). */
function weightAt(
  cell: GridCell,
  hotspots: readonly { cell: GridCell; reachKm: number }[],
  strengths: readonly number[],
): number {
  let weight = 0.01;
  hotspots.forEach((spot, index) => {
    weight += strengths[index] * Math.exp(-Math.sqrt(distance2(cell, spot.cell)) / spot.reachKm);
  });
  return weight;
}

function distance2(a: GridCell, b: GridCell): number {
  return (a.column - b.column) ** 2 + (a.row - b.row) ** 2;
}
