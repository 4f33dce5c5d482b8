// The CLI contract of `npm run -s import -- --json [--records] FILE...` (issue 8): one JSON object
// per file per line, `{"file","error"}` and exit code 2 for a refused file.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

function runImport(...args: string[]) {
  const run = spawnSync('npx', ['tsx', 'scripts/import.ts', ...args], { encoding: 'utf8' });
  return {
    status: run.status,
    lines: run.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line)),
    stderr: run.stderr,
  };
}

const fixture = (name: string) => `test/fixtures/import/${name}`;

describe('npm run import', () => {
  it('prints one summary per file with format, kind, encoding, delimiter, CRS, counts, bbox and problems', () => {
    const { status, lines } = runImport('--json', fixture('spanish-excel.csv'), fixture('coca-wide.csv'));
    expect(status).toBe(0);
    expect(lines[0]).toMatchObject({
      file: 'spanish-excel.csv',
      format: 'csv',
      kind: 'points',
      encoding: 'windows-1252',
      delimiter: ';',
      crs: 'EPSG:4326',
      rows: 8,
      accepted: 4,
      rejected: 4,
      bbox: [-78.6, 1.6, -72.801, 8.082],
    });
    expect(lines[0].problems[0]).toEqual({
      row: 4,
      id: 'SE-03',
      code: 'latitudeOutOfRange',
      message: 'latitude 107 is outside -90…90',
    });
    expect(lines[1]).toMatchObject({
      kind: 'table',
      keys: ['05120', '52835', '54720'],
      unmatched: ['99999', 'Total'],
      sums: { 2022: 3033.25 },
    });
  });

  it('adds the accepted records as GeoJSON with --records', () => {
    const { lines } = runImport('--json', '--records', fixture('ctm12-crs.geojson'));
    expect(lines[0].features).toHaveLength(2);
    expect(lines[0].features[0].geometry.coordinates[0]).toBeCloseTo(-78.6, 6);
    expect(lines[0].features[0].properties).toMatchObject({ id: 'G-1', type: 'SR-INT', pillar: 'SR' });
  });

  it('prints {file, error} for a refused file and exits 2, after the other files', () => {
    const { status, lines } = runImport(
      '--json',
      fixture('zip-bomb.zip'),
      fixture('odk.csv'),
      fixture('projected-without-crs.csv'),
    );
    expect(status).toBe(2);
    expect(lines[0]).toEqual({
      file: 'zip-bomb.zip',
      error: expect.stringMatching(/^zip-bomb.zip: the archive unpacks to/),
    });
    expect(lines[1]).toMatchObject({ file: 'odk.csv', accepted: 2 });
    expect(lines[2]).toMatchObject({
      file: 'projected-without-crs.csv',
      question: { crs: expect.arrayContaining(['EPSG:9377']) },
    });
  });

  it('answers the CRS question with --crs', () => {
    const { status, lines } = runImport('--json', '--crs', 'EPSG:9377', fixture('projected-without-crs.csv'));
    expect(status).toBe(0);
    expect(lines[0]).toMatchObject({ crs: 'EPSG:9377', accepted: 2 });
  });
});
