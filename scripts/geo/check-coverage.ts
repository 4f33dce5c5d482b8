/**
 * Checks that a boundary file covers the programmes: every PDET, Zona Futuro and pilot member must
 * have its own polygon, or the build stops with a message naming the file and the member. Other
 * DIVIPOLA units without a polygon (a newer or older vintage may differ by a few) are returned, to
 * be listed in the manifest's `missing`.
 */
import type { MissingMunicipality } from '../../src/io/manifest.ts';
import { compareText } from './build-programme-layers.ts';
import { GeoInputError } from './geo-input-error.ts';
import type { ReferenceTables } from './read-reference.ts';

/**
 * @example
 * checkCoverage(codesInFile, tables, 'MGN2018_colombia.topojson') // => [] (every unit drawn)
 */
export function checkCoverage(
  codes: readonly string[],
  tables: ReferenceTables,
  file: string,
): MissingMunicipality[] {
  const present = new Set(codes);
  const programmes: [string, string][] = [
    ...tables.pdet.map((row): [string, string] => [row.divipola, 'PDET municipality']),
    ...tables.zonas.map((row): [string, string] => [row.divipola, `Zona Futuro ${row.zona} member`]),
    ...tables.pilots.map((code): [string, string] => [code, 'pilot municipality']),
  ];
  const uncovered = new Map<string, string>();
  for (const [code, role] of programmes)
    if (!present.has(code) && !uncovered.has(code)) uncovered.set(code, role);
  if (uncovered.size > 0) {
    const [first, ...rest] = [...uncovered].map(([code, role]) =>
      `${role} ${code} ${tables.municipalityNames.get(code) ?? ''}`.trim(),
    );
    const others =
      rest.length === 0
        ? ''
        : `; neither have ${rest.slice(0, 4).join(', ')}${rest.length > 4 ? ` and ${rest.length - 4} more` : ''}`;
    throw new GeoInputError(file, `${first} has no polygon in this boundary file${others}`);
  }
  return [...tables.municipalityNames]
    .filter(([code]) => !present.has(code))
    .map(([divipola, name]) => ({
      divipola,
      name,
      department: tables.departmentNames.get(divipola.slice(0, 2)) ?? divipola.slice(0, 2),
    }))
    .sort((a, b) => compareText(a.divipola, b.divipola));
}
