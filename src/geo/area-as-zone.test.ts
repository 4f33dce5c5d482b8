import type { MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { expectGolden, goldenCases } from '../../test/golden';
import { styledPoints, styledZones, zonesAndPoints } from '../../test/golden-parts';
import { areaAsZone } from './area-as-zone';
import { assignZones } from './assign-zones';
import { buildZoneIndex } from './build-zone-index';

describe('areaAsZone', () => {
  it('makes one named MultiPolygon zone of every polygon of the area', () => {
    const { zones } = zonesAndPoints(goldenCases('area-as-zone')[0].input);
    const area = zones as GeoJSON.FeatureCollection<Polygon | MultiPolygon>;
    const zone = areaAsZone(area, 'Vereda La Playa');
    expect(zone.features).toHaveLength(1);
    expect(zone.features[0].properties).toEqual({ name: 'Vereda La Playa' });
    expect(zone.features[0].geometry.coordinates).toHaveLength(4); // 1 + 1 polygons + 2 islands
  });

  describe('golden files (test/in → test/out): holes stay holes, overlaps count once', () => {
    it.each(goldenCases('area-as-zone'))('$name', ({ name, input }) => {
      const { zones, points, lon, lat } = zonesAndPoints(input);
      const zone = areaAsZone(zones as GeoJSON.FeatureCollection<Polygon | MultiPolygon>, 'area');
      const assignment = assignZones(buildZoneIndex(zone), lon, lat);
      expectGolden(name, {
        type: 'FeatureCollection',
        features: [...styledZones(zone), ...styledPoints(points, assignment, zone)],
      });
    });
  });
});
