import { describe, expect, it } from 'vitest';
import { syntheticColumns } from '../../test/fixtures/synthetic-columns';
import { aggregateZones } from './aggregate-zones';
import { createAggregator } from './create-aggregator';
import { filterInterventions } from './filter-interventions';
import type { InterventionFilters } from './intervention-filters';
import { seededRandom } from './seeded-random';
import { INTERVENTION_TYPES, PILLARS, STATUSES } from './taxonomy';

const columns = syntheticColumns(5000, { seed: 3 });
const random = seededRandom(99);
const municipalities = Int32Array.from({ length: columns.count }, () => Math.floor(random() * 40) - 1);
const regions = Int32Array.from(municipalities, (zone) => (zone < 0 ? -1 : zone % 4));
const layers = {
  municipalities: { assignment: municipalities, zoneCount: 40 },
  regions: { assignment: regions, zoneCount: 4 },
};

function pick<T>(values: readonly T[]): T[] | undefined {
  if (random() < 0.3) return undefined;
  return values.filter(() => random() < 0.5);
}

/** Changes one random dimension of the filters. */
function changeOne(filters: InterventionFilters): InterventionFilters {
  switch (Math.floor(random() * 6)) {
    case 0:
      return { ...filters, pillars: pick(PILLARS) };
    case 1:
      return { ...filters, types: pick(INTERVENTION_TYPES) };
    case 2:
      return { ...filters, statuses: pick(STATUSES) };
    case 3:
      return { ...filters, agencies: pick(columns.agencies) };
    case 4: {
      const year = 2015 + Math.floor(random() * 10);
      return {
        ...filters,
        dateRange: random() < 0.3 ? undefined : { from: `${year}-01-01`, to: `${year + 1}-06-30` },
      };
    }
    default:
      return {
        ...filters,
        zone: random() < 0.4 ? undefined : { layer: 'regions', zone: Math.floor(random() * 4) },
      };
  }
}

describe('createAggregator', () => {
  it('recomputes incrementally with the same result as a full recomputation (200 random changes)', () => {
    const aggregator = createAggregator(columns, layers);
    let filters: InterventionFilters = {};
    for (let step = 0; step < 200; step++) {
      filters = changeOne(filters);
      aggregator.setFilters(filters);
      const full = filterInterventions(columns, filters, { zones: { regions, municipalities } });
      expect(aggregator.mask()).toEqual(full);
      const layer = step % 2 === 0 ? 'municipalities' : 'regions';
      const zoneCount = layers[layer].zoneCount;
      expect(aggregator.aggregate(layer)).toEqual(
        aggregateZones(columns, full, layers[layer].assignment, zoneCount),
      );
    }
  });

  it('reports only the dimensions that changed', () => {
    const aggregator = createAggregator(columns, layers);
    expect(aggregator.setFilters({ pillars: ['SR'] })).toEqual(['pillar']);
    expect(aggregator.setFilters({ pillars: ['SR'], statuses: ['completed'] })).toEqual(['status']);
    expect(aggregator.setFilters({ statuses: ['completed'], pillars: ['SR'] })).toEqual([]);
    expect(aggregator.setFilters({})).toEqual(['pillar', 'status']);
  });

  it('answers a filter state seen before from its cache', () => {
    const aggregator = createAggregator(columns, layers);
    aggregator.setFilters({ types: ['SR-ERF'] });
    const first = aggregator.aggregate('regions');
    aggregator.setFilters({ types: ['RD-TIE'] });
    expect(aggregator.aggregate('regions')).not.toBe(first);
    aggregator.setFilters({ types: ['SR-ERF'] });
    expect(aggregator.aggregate('regions')).toBe(first);
  });

  it('gives rows with names and rejects unknown layers', () => {
    const aggregator = createAggregator(columns, {
      regions: { ...layers.regions, names: ['north', 'south', 'east', 'west'] },
    });
    const rows = aggregator.rows('regions');
    expect(rows.map((row) => row.name)).toEqual(['north', 'south', 'east', 'west', 'outside', 'all']);
    expect(rows[5].count).toBe(columns.count);
    expect(() => aggregator.aggregate('nope')).toThrow(/unknown zone layer/);
    expect(() => aggregator.beforeAfter('regions', { type: 'RD-PNIS' })).toThrow(/no coca/);
  });
});
