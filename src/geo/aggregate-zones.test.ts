import type { FeatureCollection, Geometry } from 'geojson';
import { describe, expect, it } from 'vitest';
import { loadFixture, loadInterventionFixture } from '../../test/fixtures/load-fixture';
import { aggregateRows } from './aggregate-rows';
import { aggregateZones } from './aggregate-zones';
import { assignZones } from './assign-zones';
import { buildZoneIndex } from './build-zone-index';
import { toColumns } from './to-columns';

const zones = loadFixture<FeatureCollection<Geometry | null>>('zones-small.geojson');
const columns = toColumns(loadInterventionFixture());
const assignment = assignZones(buildZoneIndex(zones), columns.lon, columns.lat);
const everything = new Uint8Array(columns.count).fill(1);

describe('aggregateZones', () => {
  it('assigns the fixture interventions to the hand-checked zones (hole and far point → outside)', () => {
    expect(Array.from(assignment)).toEqual([0, 0, 0, 1, 1, 2, -1, 3, 4, -1]);
  });

  it('counts and sums zone A by hand: i1, i2 (SR-ERF 50 + 30 ha) and i3 (RD-TIE 120 ha)', () => {
    const rows = aggregateRows(aggregateZones(columns, everything, assignment, 7));
    const a = rows[0];
    expect(a.count).toBe(3);
    expect(a.byPillar).toEqual({ SR: 2, RD: 1, EP: 0 });
    expect(a.byType['SR-ERF']).toBe(2);
    expect(a.byType['RD-TIE']).toBe(1);
    expect(a.byStatus).toEqual({ planned: 0, in_progress: 1, completed: 2, suspended: 0 });
    expect(a.byAgency).toMatchObject({ Policía: 1, Ejército: 1, ANT: 1, ART: 0 });
    expect(a.metrics).toMatchObject({
      budget_cop: 1300, // 100 + 200 + 1000
      beneficiaries: 50, // 10 + 0 + 40
      hectares_eradicated: 80,
      hectares_titled: 120,
      hectares_restoration: 0,
      conservation_agreements: 0,
    });
  });

  it('computes the agreed metrics per zone: conservation (B), restoration (C), seizures (D)', () => {
    const rows = aggregateRows(aggregateZones(columns, everything, assignment, 7));
    expect(rows[1].metrics).toMatchObject({
      conservation_agreements: 2,
      conservation_hectares: 500,
      budget_cop: 350,
    });
    expect(rows[2].metrics.hectares_restoration).toBe(12.5);
    expect(rows[3].metrics).toMatchObject({ seized_kg: 750.5, arrests: 4 });
    expect(rows[5].count).toBe(0); // F overlaps B, but B has the lower index
  });

  it('adds "outside" (i7 in the hole, i10 far away) and "all" rows', () => {
    const rows = aggregateRows(aggregateZones(columns, everything, assignment, 7));
    expect(rows.map((row) => row.zone).slice(-2)).toEqual(['outside', 'all']);
    const outside = rows[7];
    expect(outside.count).toBe(2);
    expect(outside.metrics).toMatchObject({ labs_destroyed: 3, arrests: 3, budget_cop: 10 });
    const all = rows[8];
    expect(all.count).toBe(10);
    expect(all.metrics).toEqual({
      budget_cop: 2260,
      beneficiaries: 175,
      hectares_eradicated: 80,
      hectares_titled: 120,
      hectares_restoration: 12.5,
      conservation_agreements: 2,
      conservation_hectares: 500,
      labs_destroyed: 3,
      seized_kg: 750.5,
      arrests: 7,
    });
  });

  it('counts only the records kept by the mask', () => {
    const mask = Uint8Array.from([1, 0, 1, 0, 0, 0, 0, 0, 0, 0]);
    const aggregates = aggregateZones(columns, mask, assignment, 7);
    expect(aggregates.count[0]).toBe(2);
    expect(aggregates.count[8]).toBe(2);
    expect(aggregates.metrics[0]).toBe(1100);
  });
});
