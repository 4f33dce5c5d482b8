import type { FeatureCollection, Geometry } from 'geojson';

/**
 * Lists, per zone feature, the DIVIPOLA codes it is made of: its `divipola_codes` array (PDET
 * subregions, Zonas Futuro) or its own `divipola` (municipalities, pilots); an empty list when it
 * has neither (a drawn area).
 *
 * @example
 * zoneDivipolaCodes(pdetSubregions)[0]; // ['19050', '19075', …]
 * zoneDivipolaCodes(municipalities)[0]; // ['05001']
 */
export function zoneDivipolaCodes(collection: FeatureCollection<Geometry | null>): string[][] {
  return collection.features.map((feature) => {
    const properties = feature.properties ?? {};
    if (Array.isArray(properties.divipola_codes)) return properties.divipola_codes.map(String);
    if (typeof properties.divipola === 'string') return [properties.divipola];
    return [];
  });
}
