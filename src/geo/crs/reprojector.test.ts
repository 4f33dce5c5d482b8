import { describe, expect, it } from 'vitest';
import { reprojector } from './reprojector';

describe('reprojector', () => {
  it('maps each projection origin to its latitude and longitude of origin', () => {
    const [lon, lat] = reprojector('EPSG:9377')(5_000_000, 2_000_000);
    expect(lon).toBeCloseTo(-73, 9);
    expect(lat).toBeCloseTo(4, 9);
    const [lonBogota, latBogota] = reprojector('EPSG:3116')(1_000_000, 1_000_000);
    expect(lonBogota).toBeCloseTo(-74.07750791666666, 9);
    expect(latBogota).toBeCloseTo(4.596200416666666, 9);
  });

  it('puts a point 100 km east of the CTM12 origin about 0.9° east (scale 0.9992)', () => {
    const [lon, lat] = reprojector('EPSG:9377')(5_100_000, 2_000_000);
    // 100 km / 0.9992 on the ellipsoid at 4° N ≈ 0.9012° of longitude (111,050 m a degree)
    expect(lon + 73).toBeCloseTo(0.9012, 3);
    expect(lat).toBeCloseTo(4, 2);
  });

  it('passes longitude/latitude systems through unchanged', () => {
    expect(reprojector('EPSG:4686')(-74.08, 4.6)).toEqual([-74.08, 4.6]);
    expect(reprojector('EPSG:4326')(-74.08, 4.6)).toEqual([-74.08, 4.6]);
  });
});
