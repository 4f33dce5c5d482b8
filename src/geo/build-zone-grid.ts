import { buildSegmentBands } from './build-segment-bands';
import type { FlatPolygons, ZoneGrid } from './zone-index-types';

/** Options for `buildZoneGrid`. */
export interface ZoneGridOptions {
  /** Cell size in degrees (default 0.02, about 2.2 km). Doubled until the grid fits `maxCells`. */
  cellSize?: number;
  /** Upper bound on the number of cells (default 4,000,000, 16 MB of Int32). */
  maxCells?: number;
}

const NO_FEATURE = 0x7fffffff;
const EPSILON = 1e-9;

/**
 * Builds the raster lookup grid of a flattened polygon layer. Each cell is classified
 * conservatively: a cell touched by any ring segment of a polygon is an "edge cell" for it (so
 * every point on a boundary lands in an edge cell and gets the exact test); a cell no segment of
 * polygon `p` touches is wholly inside or wholly outside `p`, decided by a scanline through the
 * cell's centre. Cells whose lowest containing feature is known without an exact test store it
 * directly; see `ZoneIndex` for the encoding.
 *
 * @example
 * const grid = buildZoneGrid(flattenPolygons(municipalities), { cellSize: 0.02 });
 * grid.columns * grid.rows; // ≈ 540,000 cells over Colombia
 */
export function buildZoneGrid(flat: FlatPolygons, options: ZoneGridOptions = {}): ZoneGrid {
  const { polygonBounds, polygonCount } = flat;
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (let p = 0; p < polygonCount; p++) {
    minX = Math.min(minX, polygonBounds[4 * p]);
    minY = Math.min(minY, polygonBounds[4 * p + 1]);
    maxX = Math.max(maxX, polygonBounds[4 * p + 2]);
    maxY = Math.max(maxY, polygonBounds[4 * p + 3]);
  }
  if (polygonCount === 0) return emptyGrid(options.cellSize ?? 0.02);
  const maxCells = options.maxCells ?? 4_000_000;
  let cellSize = options.cellSize ?? 0.02;
  let columns = Math.floor((maxX - minX) / cellSize) + 1;
  let rows = Math.floor((maxY - minY) / cellSize) + 1;
  while (columns * rows > maxCells) {
    cellSize *= 2;
    columns = Math.floor((maxX - minX) / cellSize) + 1;
    rows = Math.floor((maxY - minY) / cellSize) + 1;
  }
  const cellCount = columns * rows;
  const interiorFeature = new Int32Array(cellCount).fill(NO_FEATURE);
  const edgeHead = new Int32Array(cellCount).fill(-1);
  const edgeNext: number[] = [];
  const edgePolygon: number[] = [];
  const column = (x: number) => Math.min(columns - 1, Math.max(0, Math.floor((x - minX) / cellSize)));
  const row = (y: number) => Math.min(rows - 1, Math.max(0, Math.floor((y - minY) / cellSize)));

  for (let p = 0; p < polygonCount; p++) {
    const c0 = column(polygonBounds[4 * p]);
    const r0 = row(polygonBounds[4 * p + 1]);
    const width = column(polygonBounds[4 * p + 2]) - c0 + 1;
    const height = row(polygonBounds[4 * p + 3]) - r0 + 1;
    const edge = new Uint8Array(width * height);
    forEachSegment(flat, p, (x1, y1, x2, y2) => {
      const steps = Math.max(1, Math.ceil(Math.max(Math.abs(x2 - x1), Math.abs(y2 - y1)) / (cellSize * 0.5)));
      for (let s = 0; s < steps; s++) {
        const ax = x1 + ((x2 - x1) * s) / steps;
        const ay = y1 + ((y2 - y1) * s) / steps;
        const bx = s + 1 === steps ? x2 : x1 + ((x2 - x1) * (s + 1)) / steps;
        const by = s + 1 === steps ? y2 : y1 + ((y2 - y1) * (s + 1)) / steps;
        const cx0 = column(Math.min(ax, bx) - EPSILON) - c0;
        const cx1 = column(Math.max(ax, bx) + EPSILON) - c0;
        const cy0 = row(Math.min(ay, by) - EPSILON) - r0;
        const cy1 = row(Math.max(ay, by) + EPSILON) - r0;
        for (let j = Math.max(0, cy0); j <= Math.min(height - 1, cy1); j++) {
          for (let i = Math.max(0, cx0); i <= Math.min(width - 1, cx1); i++) edge[j * width + i] = 1;
        }
      }
    });
    const feature = flat.polygonFeature[p];
    const crossings: number[] = [];
    for (let j = 0; j < height; j++) {
      const centreY = minY + (r0 + j + 0.5) * cellSize;
      crossings.length = 0;
      forEachSegment(flat, p, (x1, y1, x2, y2) => {
        if (y1 > centreY !== y2 > centreY) crossings.push(x1 + ((centreY - y1) * (x2 - x1)) / (y2 - y1));
      });
      crossings.sort((a, b) => a - b);
      let passed = 0;
      for (let i = 0; i < width; i++) {
        const cell = (r0 + j) * columns + c0 + i;
        if (edge[j * width + i] === 1) {
          edgeNext.push(edgeHead[cell]);
          edgePolygon.push(p);
          edgeHead[cell] = edgePolygon.length - 1;
          continue;
        }
        const centreX = minX + (c0 + i + 0.5) * cellSize;
        while (passed < crossings.length && crossings[passed] < centreX) passed++;
        if (passed % 2 === 1 && feature < interiorFeature[cell]) interiorFeature[cell] = feature;
      }
    }
  }
  return finishGrid(
    flat,
    { minX, minY, cellSize, columns, rows },
    interiorFeature,
    edgeHead,
    edgeNext,
    edgePolygon,
  );
}

function finishGrid(
  flat: FlatPolygons,
  shape: Pick<ZoneGrid, 'minX' | 'minY' | 'cellSize' | 'columns' | 'rows'>,
  interiorFeature: Int32Array,
  edgeHead: Int32Array,
  edgeNext: number[],
  edgePolygon: number[],
): ZoneGrid {
  const cells = new Int32Array(interiorFeature.length);
  const candidateStart: number[] = [0];
  const candidates: number[] = [];
  const fallback: number[] = [];
  const local: number[] = [];
  for (let cell = 0; cell < cells.length; cell++) {
    const owner = interiorFeature[cell];
    local.length = 0;
    for (let entry = edgeHead[cell]; entry !== -1; entry = edgeNext[entry]) {
      if (flat.polygonFeature[edgePolygon[entry]] < owner) local.push(edgePolygon[entry]);
    }
    const answer = owner === NO_FEATURE ? -1 : owner;
    if (local.length === 0) {
      cells[cell] = answer;
      continue;
    }
    local.sort((a, b) => flat.polygonFeature[a] - flat.polygonFeature[b] || a - b);
    cells[cell] = -2 - fallback.length;
    fallback.push(answer);
    candidates.push(...local);
    candidateStart.push(candidates.length);
  }
  return {
    ...shape,
    ...buildSegmentBands(flat, shape),
    cells,
    gridCandidateStart: Int32Array.from(candidateStart),
    gridCandidates: Int32Array.from(candidates),
    gridFallback: Int32Array.from(fallback),
  };
}

function forEachSegment(
  flat: FlatPolygons,
  polygon: number,
  visit: (x1: number, y1: number, x2: number, y2: number) => void,
): void {
  const { polygonRingStart, ringStart, coords } = flat;
  for (let ring = polygonRingStart[polygon]; ring < polygonRingStart[polygon + 1]; ring++) {
    for (let v = ringStart[ring]; v < ringStart[ring + 1] - 1; v++) {
      visit(coords[2 * v], coords[2 * v + 1], coords[2 * v + 2], coords[2 * v + 3]);
    }
  }
}

function emptyGrid(cellSize: number): ZoneGrid {
  return {
    minX: 0,
    minY: 0,
    cellSize,
    columns: 0,
    rows: 0,
    cells: new Int32Array(0),
    gridCandidateStart: Int32Array.of(0),
    gridCandidates: new Int32Array(0),
    gridFallback: new Int32Array(0),
    polygonRow0: new Int32Array(0),
    polygonBandBase: new Int32Array(0),
    bandStart: Int32Array.of(0),
    bandSegments: new Int32Array(0),
  };
}
