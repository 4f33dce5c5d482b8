import { readFileSync } from 'node:fs';
import { area } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { cleanPolygons } from './clean-polygons.ts';
import { finalizeGeometry } from './finalize-geometry.ts';
import { AMCHARTS_FILE } from './read-boundaries.ts';
import { separateTouchingParts } from './separate-touching-parts.ts';
import { validateGeometry } from './validate-geometry.ts';

const square = (x: number, y: number) => [
  [x, y],
  [x + 1, y],
  [x + 1, y + 1],
  [x, y + 1],
  [x, y],
];

describe('separateTouchingParts', () => {
  it('moves the shared corner of the smaller part one 1e-5° step inwards', () => {
    const big = [
      [0, 0],
      [2, 0],
      [2, 2],
      [0, 2],
      [0, 0],
    ];
    const touching: MultiPolygon = { type: 'MultiPolygon', coordinates: [[big], [square(2, 2)]] };
    const separated = separateTouchingParts(touching);
    expect(separated.coordinates[0][0]).toEqual(big);
    expect(separated.coordinates[1][0][0]).toEqual([2.00001, 2.00001]);
    expect(separated.coordinates[1][0][4]).toEqual([2.00001, 2.00001]);
    expect(validateGeometry(separated)).toEqual([]);
    expect(touching.coordinates[1][0][0]).toEqual([2, 2]);
  });

  it("repairs the source's Buenaventura (parts touching at a vertex) with mapshaper -clean, keeping its area", async () => {
    const source = JSON.parse(readFileSync(AMCHARTS_FILE, 'utf8')) as {
      features: Feature<Polygon | MultiPolygon, { name: string }>[];
    };
    const raw = source.features.find((feature) => feature.properties.name === 'Buenaventura');
    if (!raw) throw new Error('Buenaventura not in the source');
    expect(validateGeometry(finalizeGeometry(raw.geometry)).join()).toContain(
      'touching parts at -77.4687,4.0724',
    );
    const [cleaned] = await cleanPolygons([
      { type: 'Feature', properties: { divipola: '76109' }, geometry: raw.geometry },
    ]);
    const repaired = separateTouchingParts(finalizeGeometry(cleaned.geometry));
    expect(validateGeometry(repaired)).toEqual([]);
    expect(area(repaired) / area(raw)).toBeCloseTo(1, 4);
  });
});
