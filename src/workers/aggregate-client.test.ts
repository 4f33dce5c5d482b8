import type { FeatureCollection, Geometry } from 'geojson';
import { describe, expect, it } from 'vitest';
import { loadFixture, loadInterventionFixture } from '../../test/fixtures/load-fixture';
import { toColumns } from '../geo/to-columns';
import { createAggregateClient } from './aggregate-client';
import { fakeAggregateWorker as fakeWorker } from './testing/fake-aggregate-worker';

const zones = loadFixture<FeatureCollection<Geometry | null>>('zones-small.geojson');
const columns = toColumns(loadInterventionFixture());

describe('aggregate worker client', () => {
  it('builds an index, assigns points and aggregates through request ids', async () => {
    const client = createAggregateClient(fakeWorker());
    expect(await client.call('buildIndex', { layer: 'zones', collection: zones })).toEqual({
      featureCount: 7,
      polygonCount: 8,
    });
    const lon = Float64Array.from(columns.lon);
    const lat = Float64Array.from(columns.lat);
    const assignment = await client.call('assign', { layer: 'zones', lon, lat }, { transfer: [lon.buffer] });
    expect(Array.from(assignment)).toEqual([0, 0, 0, 1, 1, 2, -1, 3, 4, -1]);
    await client.call('init', { columns, layers: { zones: { assignment, zoneCount: 7 } } });
    const [changed, rows] = await Promise.all([
      client.call('setFilters', { filters: { pillars: ['SR'] } }),
      client.call('rows', { layer: 'zones' }),
    ]);
    expect(changed).toEqual(['pillar']);
    expect(rows.map((row) => row.count)).toEqual([2, 0, 0, 1, 0, 0, 0, 2, 5]);
    const kept = await client.call('indices', {});
    expect(Array.from(kept, (i) => columns.ids[i])).toEqual(['i1', 'i2', 'i7', 'i8', 'i10']);
  });

  it('rejects with the worker’s error message', async () => {
    const client = createAggregateClient(fakeWorker());
    await expect(client.call('aggregate', { layer: 'zones' })).rejects.toThrow(/not initialised/);
    await expect(
      client.call('assign', { layer: 'x', lon: new Float64Array(), lat: new Float64Array() }),
    ).rejects.toThrow(/no zone index/);
  });

  it('rejects pending calls on dispose', async () => {
    const client = createAggregateClient(fakeWorker());
    const pending = client.call('buildIndex', { layer: 'zones', collection: zones });
    client.dispose();
    await expect(pending).rejects.toThrow(/disposed/);
  });
});
