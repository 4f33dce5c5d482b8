import { describe, expect, it } from 'vitest';
import type { AreaProblem } from '../io/read-area-file';
import { describeAreaProblem, describeSkippedFeature } from './area-file-messages';

const FILE = 'mi área.geojson';

describe('describeAreaProblem', () => {
  const cases: [AreaProblem, string][] = [
    [{ code: 'notJson', file: FILE, line: 2, column: 15 }, `${FILE}: not valid JSON (line 2, column 15).`],
    [{ code: 'notGeoJson', file: FILE, found: 'object' }, `${FILE}: `],
    [{ code: 'noPolygons', file: FILE }, `${FILE}: contains no polygons`],
    [{ code: 'projected', file: FILE, feature: 0, x: 4_600_000, y: 1_900_000 }, `${FILE}: feature 0: `],
    [
      { code: 'tooLarge', file: FILE, bytes: 5_000_001, limit: 5_000_000 },
      `${FILE}: the file is 5 MB and the limit is 5 MB.`,
    ],
    [
      { code: 'tooManyVertices', file: FILE, vertices: 200_001, limit: 200_000 },
      `${FILE}: 200,001 vertices, the limit is 200,000`,
    ],
  ];
  it.each(cases)('words %o starting with the file name, in both languages', (problem, start) => {
    expect(describeAreaProblem('en', problem).startsWith(start)).toBe(true);
    expect(describeAreaProblem('es', problem).startsWith(`${FILE}: `)).toBe(true);
  });

  it('formats numbers in the language and says where the coordinates look projected', () => {
    const projected: AreaProblem = { code: 'projected', file: FILE, feature: 3, x: 4_600_000, y: 1_900_000 };
    expect(describeAreaProblem('en', projected)).toMatch(/4,600,000.*probably in projected coordinates/);
    expect(describeAreaProblem('es', projected)).toContain('4.600.000');
  });
});

describe('describeSkippedFeature', () => {
  it('names the file, the feature and why it was left out', () => {
    expect(
      describeSkippedFeature('en', FILE, { index: 1, reason: 'notPolygon', geometryType: 'Point' }),
    ).toBe(`${FILE}: feature 1: geometry Point is not a polygon — skipped`);
  });
});
