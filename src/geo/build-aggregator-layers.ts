import type { FeatureCollection, Geometry } from 'geojson';
import { buildZoneLookup } from './build-zone-lookup';
import { cocaByZone } from './coca-by-zone';
import type { CocaMunicipalTable } from './coca-series';
import type { AggregatorLayer } from './create-aggregator';
import { deriveAssignment } from './derive-assignment';
import { zoneDivipolaCodes } from './zone-divipola-codes';

/** Options for `buildAggregatorLayers`. */
export interface AggregatorLayersOptions {
  /** Id of the municipality layer in `layers` (default 'municipalities'). */
  municipalitiesLayer?: string;
  /** The official municipal coca table; when given, every layer gets its coca series. */
  coca?: CocaMunicipalTable;
}

/**
 * Prepares the aggregator's layers from one point-in-polygon pass: the municipality assignment is
 * used as is, and every other layer (dissolved from municipalities: PDET subregions, Zonas Futuro,
 * pilots) is derived through DIVIPOLA codes, with zone names from the `name` property and, when
 * the coca table is given, coca summed over each zone's municipalities. Drawn or imported areas
 * are not dissolved from municipalities: assign them with `assignZones` and `cocaFromCells`.
 *
 * @example
 * const assignment = assignZones(buildZoneIndex(municipalities), columns.lon, columns.lat);
 * const layers = buildAggregatorLayers(assignment, { municipalities, 'pdet-subregions': pdet }, { coca: table });
 * const aggregator = createAggregator(columns, layers);
 */
export function buildAggregatorLayers(
  municipalityAssignment: Int32Array,
  layers: Readonly<Record<string, FeatureCollection<Geometry | null>>>,
  options: AggregatorLayersOptions = {},
): Record<string, AggregatorLayer> {
  const municipalitiesId = options.municipalitiesLayer ?? 'municipalities';
  const municipalities = layers[municipalitiesId];
  if (!municipalities) throw new Error(`layer "${municipalitiesId}" is missing`);
  const municipalityCodes = zoneDivipolaCodes(municipalities);
  const result: Record<string, AggregatorLayer> = {};
  for (const [id, collection] of Object.entries(layers)) {
    const codes = zoneDivipolaCodes(collection);
    result[id] = {
      assignment:
        id === municipalitiesId
          ? municipalityAssignment
          : deriveAssignment(municipalityAssignment, buildZoneLookup(municipalityCodes, codes)),
      zoneCount: collection.features.length,
      names: collection.features.map((feature, index) => String(feature.properties?.name ?? `zone ${index}`)),
      coca: options.coca ? cocaByZone(options.coca, codes) : undefined,
    };
  }
  return result;
}
