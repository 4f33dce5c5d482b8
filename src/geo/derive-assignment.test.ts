import { describe, expect, it } from 'vitest';
import { buildZoneLookup } from './build-zone-lookup';
import { deriveAssignment } from './derive-assignment';

describe('buildZoneLookup + deriveAssignment', () => {
  it('maps municipality assignments to a dissolved layer through DIVIPOLA codes', () => {
    const municipalities = [['00001'], ['00002'], ['00003'], []];
    const subregions = [['00003'], ['00001', '00002']];
    const lookup = buildZoneLookup(municipalities, subregions);
    expect(Array.from(lookup)).toEqual([1, 1, 0, -1]);
    expect(Array.from(deriveAssignment(Int32Array.of(2, 0, -1, 3, 9), lookup))).toEqual([0, 1, -1, -1, -1]);
  });
});
