import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  buildCocaTable,
  formatCocaCsv,
  PUBLISHED_NATIONAL_TOTALS,
  parseCocaCsv,
  sumByYear,
} from './coca-table.ts';
import { COCA_REFERENCE_CSV } from './read-data-inputs.ts';
import { committedCocaTable, committedMunicipalities } from './test-helpers.ts';

const csv = readFileSync(COCA_REFERENCE_CSV, 'utf8');
const rows = parseCocaCsv(csv);

describe('coca reference table', () => {
  it('holds 4,572 rows for 319 municipalities, 2001–2024', () => {
    expect(rows).toHaveLength(4572);
    expect(new Set(rows.map((row) => row.divipola)).size).toBe(319);
    expect(Math.min(...rows.map((row) => row.year))).toBe(2001);
    expect(Math.max(...rows.map((row) => row.year))).toBe(2024);
  });

  it('sums to the published national totals: exact to 0.01 ha, equal once rounded to whole hectares', () => {
    const sums = sumByYear(rows);
    expect(sums.get(2021)).toBe(204_257.22);
    expect(sums.get(2022)).toBe(230_027.62);
    expect(sums.get(2023)).toBe(252_571.74);
    expect(sums.get(2024)).toBe(261_386.17);
    for (const [year, total] of Object.entries(PUBLISHED_NATIONAL_TOTALS)) {
      expect(Math.round(sums.get(Number(year)) ?? 0)).toBe(total);
    }
  });

  it('is stored in the canonical form (sorted, LF) that formatCocaCsv writes', () => {
    expect(formatCocaCsv(rows)).toBe(csv);
  });

  it('rejects a malformed line', () => {
    expect(() => parseCocaCsv('divipola,municipality,department,year,hectares\n5031,X,Y,2001,1\n')).toThrow(
      /DIVIPOLA/,
    );
  });
});

describe('coca-municipal.json', () => {
  const table = committedCocaTable();

  it('carries every municipality and value as published, null where not listed', () => {
    expect(Object.keys(table.rows)).toHaveLength(319);
    for (const row of rows) expect(table.rows[row.divipola][row.year - 2001]).toBe(row.hectares);
    const listed =
      table.years.length * 319 -
      Object.values(table.rows)
        .flat()
        .filter((value) => value === null).length;
    expect(listed).toBe(rows.length);
  });

  it('states the source, the contested year and the national sums', () => {
    expect(table.source).toMatch(/acs4-3wgp/);
    expect(table.contested_years).toEqual([2024]);
    expect(table.national_totals['2024']).toBe(261_386.17);
    expect(table.published_national_totals).toEqual(PUBLISHED_NATIONAL_TOTALS);
  });

  it('is what buildCocaTable makes from the reference rows', () => {
    expect(buildCocaTable(rows)).toEqual(table);
  });

  it('has a polygon in municipalities.geojson for every census municipality', () => {
    const drawn = new Set(committedMunicipalities().features.map((feature) => feature.properties?.divipola));
    expect(Object.keys(table.rows).filter((divipola) => !drawn.has(divipola))).toEqual([]);
  });
});
