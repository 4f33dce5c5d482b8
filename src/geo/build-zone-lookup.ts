/**
 * Builds the municipality → zone lookup of a layer dissolved from municipalities (PDET
 * subregions, Zonas Futuro, pilots): `lookup[m]` is the first zone whose codes list municipality
 * `m`'s code, or -1. With it, `deriveAssignment` turns municipality assignments into zone
 * assignments without another point-in-polygon pass.
 *
 * @example
 * const lookup = buildZoneLookup(zoneDivipolaCodes(municipalities), zoneDivipolaCodes(pdetSubregions));
 * lookup[tumacoIndex]; // index of 'Pacífico y Frontera Nariñense'
 */
export function buildZoneLookup(
  municipalityCodes: readonly (readonly string[])[],
  zoneCodes: readonly (readonly string[])[],
): Int32Array {
  const zoneOfCode = new Map<string, number>();
  zoneCodes.forEach((codes, zone) => {
    for (const code of codes) if (!zoneOfCode.has(code)) zoneOfCode.set(code, zone);
  });
  return Int32Array.from(municipalityCodes, (codes) => {
    for (const code of codes) {
      const zone = zoneOfCode.get(code);
      if (zone !== undefined) return zone;
    }
    return -1;
  });
}
