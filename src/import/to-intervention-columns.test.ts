import { describe, expect, it } from 'vitest';
import { importFixtureFile } from '../../test/fixtures/import-fixtures';
import { OPEN_END } from '../geo/intervention-columns';
import { UNCLASSIFIED } from '../geo/taxonomy';
import { NO_DAY } from './imported-points';
import { toInterventionColumns } from './to-intervention-columns';

async function columnsOf(name: string) {
  const result = await importFixtureFile(name);
  if (result.kind !== 'points') throw new Error('expected points');
  return { points: result.points, columns: toInterventionColumns(result.points, { agencies: ['ART'] }) };
}

describe('toInterventionColumns', () => {
  it('keeps ids, positions and codes, unclassified included', async () => {
    const { points, columns } = await columnsOf('spanish-excel.csv');
    expect(columns.ids).toEqual(['SE-01', 'SE-02', 'SE-05', 'SE-08']);
    expect(Array.from(columns.lon)).toEqual(Array.from(points.lon));
    expect(columns.pillar[2]).toBe(UNCLASSIFIED);
  });

  it('turns a missing end into OPEN_END, keeps a missing start as NO_DAY, missing measures as 0', async () => {
    const { columns } = await columnsOf('spanish-excel.csv');
    expect(columns.endDay[1]).toBe(OPEN_END);
    expect(columns.startDay[2]).toBe(NO_DAY);
    expect(columns.hectares[1]).toBe(0);
    expect(columns.hectares[0]).toBe(35.5);
  });

  it('codes agencies after the given ones', async () => {
    const { columns } = await columnsOf('spanish-excel.csv');
    expect(columns.agencies).toEqual(['ART', 'Policía (DIRAN)', 'INVÍAS', '', 'Ejército']);
    expect(Array.from(columns.agency)).toEqual([1, 2, 3, 4]);
  });
});
