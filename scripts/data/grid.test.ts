import { area, polygon } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { cellCentroid, cellId, cellOf, projectSinusoidal, unprojectSinusoidal } from './grid.ts';

describe('1 km sinusoidal grid', () => {
  it('round-trips lon/lat through the projection', () => {
    for (const [lon, lat] of [
      [-78.76, 1.8],
      [-67.5, -4],
      [-71.2, 12.4],
    ]) {
      const [x, y] = projectSinusoidal(lon, lat);
      const [backLon, backLat] = unprojectSinusoidal(x, y);
      expect(backLon).toBeCloseTo(lon, 9);
      expect(backLat).toBeCloseTo(lat, 9);
    }
  });

  it('puts a cell centroid inside its own cell and names it column_row', () => {
    const [column, row] = cellOf(-78.76, 1.8);
    expect(cellOf(...cellCentroid(column, row))).toEqual([column, row]);
    expect(cellId(column, row)).toBe(`${column}_${row}`);
  });

  it('has cells of about 1 km² anywhere in Colombia', () => {
    for (const [lon, lat] of [
      [-74, 4],
      [-78.9, 1.5],
      [-67.2, -4],
      [-71.5, 12.3],
    ]) {
      const [column, row] = cellOf(lon, lat);
      const corners = [
        [column, row],
        [column + 1, row],
        [column + 1, row + 1],
        [column, row + 1],
        [column, row],
      ].map(([c, r]) => unprojectSinusoidal(c * 1000, r * 1000));
      expect(area(polygon([corners])) / 1e6).toBeCloseTo(1, 1);
    }
  });
});
