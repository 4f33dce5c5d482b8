import type { CocaMunicipalTable, CocaSeries } from './coca-series';

/**
 * Sums the official municipal coca table over the municipalities of each zone (whole-municipality
 * zones: municipalities, PDET subregions, Zonas Futuro, pilots). Rules: a code absent from the
 * table counts as 0 ha (the census lists only municipalities where coca was detected); a `null`
 * value is unknown and is left out of the sum; a zone-year is NaN only when every code of the
 * zone is unknown that year, or the zone lists no codes. Years must be consecutive.
 *
 * @example
 * const table = { years: [2022, 2023], rows: { '52835': [20000, 21000], '05120': [1000, null] } };
 * const series = cocaByZone(table, [['52835', '05120'], ['11001']]);
 * series.values; // Float64Array [21000, 21000, 0, 0]
 */
export function cocaByZone(table: CocaMunicipalTable, zoneCodes: readonly (readonly string[])[]): CocaSeries {
  const yearCount = table.years.length;
  const values = new Float64Array(zoneCodes.length * yearCount);
  zoneCodes.forEach((codes, zone) => {
    for (let year = 0; year < yearCount; year++) {
      let sum = 0;
      let known = 0;
      for (const code of codes) {
        const row = table.rows[code];
        const value = row === undefined ? 0 : row[year];
        if (value === null || value === undefined) continue;
        sum += value;
        known++;
      }
      values[zone * yearCount + year] = known === 0 ? Number.NaN : sum;
    }
  });
  return { firstYear: table.years[0] ?? 0, yearCount, zoneCount: zoneCodes.length, values };
}
