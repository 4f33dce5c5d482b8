import type { FeatureCollection, Geometry } from 'geojson';
import { describe, expect, it } from 'vitest';
import { loadFixture } from '../../test/fixtures/load-fixture';
import { assignZones } from './assign-zones';
import { buildZoneIndex } from './build-zone-index';

const zones = loadFixture<FeatureCollection<Geometry | null>>('zones-small.geojson');

describe('buildZoneIndex', () => {
  it('does not mutate its input', () => {
    const copy = structuredClone(zones);
    expect(() => buildZoneIndex(zones, { cellSize: 0.5 })).not.toThrow(); // the fixture is deep-frozen
    expect(zones).toEqual(copy);
  });

  it('builds plain data that answers the same after a structured clone (as in a worker)', () => {
    const lon = [1, 3, 6.2, 7, 11, -0.5];
    const lat = [1, 0.5, 1.2, 2, 1, -0.5];
    const index = buildZoneIndex(zones, { cellSize: 0.5 });
    const cloned = structuredClone(index);
    for (const method of ['grid', 'tree'] as const) {
      expect(Array.from(assignZones(cloned, lon, lat, { method }))).toEqual([0, 1, -1, 3, 4, -1]);
      expect(assignZones(cloned, lon, lat, { method })).toEqual(assignZones(index, lon, lat, { method }));
    }
  });
});
