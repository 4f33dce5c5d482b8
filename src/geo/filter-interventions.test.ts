import type { FeatureCollection, Geometry } from 'geojson';
import { describe, expect, it } from 'vitest';
import { loadFixture, loadInterventionFixture } from '../../test/fixtures/load-fixture';
import { assignZones } from './assign-zones';
import { buildZoneIndex } from './build-zone-index';
import { filterInterventions } from './filter-interventions';
import type { InterventionFilters } from './intervention-filters';
import { filtersKey } from './intervention-filters';
import { maskToIndices } from './mask-to-indices';
import { toColumns } from './to-columns';

const zones = loadFixture<FeatureCollection<Geometry | null>>('zones-small.geojson');
const columns = toColumns(loadInterventionFixture());
const assignment = assignZones(buildZoneIndex(zones), columns.lon, columns.lat);

/** Ids kept by the filters (hand-checked against test/fixtures/interventions-small.geojson). */
function kept(filters: InterventionFilters): string[] {
  const mask = filterInterventions(columns, filters, { zones: { zones: assignment } });
  return Array.from(maskToIndices(mask), (i) => columns.ids[i]);
}

describe('filterInterventions', () => {
  it('keeps everything without filters', () => {
    expect(kept({})).toHaveLength(10);
  });

  it('filters by pillar, type, status and agency sets', () => {
    expect(kept({ pillars: ['SR'] })).toEqual(['i1', 'i2', 'i7', 'i8', 'i10']);
    expect(kept({ types: ['EP-CON', 'RD-TIE'] })).toEqual(['i3', 'i4', 'i5']);
    expect(kept({ statuses: ['completed'] })).toEqual(['i1', 'i2', 'i4', 'i6', 'i7', 'i8', 'i10']);
    expect(kept({ agencies: ['Ejército'] })).toEqual(['i2', 'i7']);
    expect(kept({ types: [] })).toEqual([]);
  });

  it('keeps interventions whose period overlaps the date range (bounds inclusive, open ends running)', () => {
    expect(kept({ dateRange: { from: '2022-01-01', to: '2022-12-31' } })).toEqual(['i2', 'i3', 'i10']);
    expect(kept({ dateRange: { from: '2023-01-05' } })).toEqual(['i3', 'i5', 'i7', 'i8']);
    expect(kept({ dateRange: { to: '2018-01-01' } })).toEqual(['i9']);
  });

  it('filters by zone of a layer, and combines dimensions with AND', () => {
    expect(kept({ zone: { layer: 'zones', zone: 0 } })).toEqual(['i1', 'i2', 'i3']);
    expect(kept({ zone: { layer: 'zones', zone: 0 }, pillars: ['SR'], statuses: ['completed'] })).toEqual([
      'i1',
      'i2',
    ]);
    expect(kept({ zone: { layer: 'unknown', zone: 0 } })).toEqual([]);
  });

  it('keys filters canonically (order of list values does not matter)', () => {
    expect(filtersKey({ types: ['SR-ERF', 'RD-TIE'] })).toBe(filtersKey({ types: ['RD-TIE', 'SR-ERF'] }));
    expect(filtersKey({ types: [] })).not.toBe(filtersKey({}));
  });
});
