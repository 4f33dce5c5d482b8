/**
 * The coordinate system an import will use: the user's answer when given, else the file's
 * declaration or the degrees default (`decideCrs` on the sampled positions). Tables have no
 * coordinates. An unsupported declaration refuses the file; projected numbers with nothing
 * declared leave a question (`crsRequired` at import time).
 *
 * @example
 * decideCoordinates(opened, mapping, settings, { rows, geometries })
 * // => { crs: 'EPSG:9377', swap: null } | { question: { candidates, example }, swap }
 */
import type { Geometry } from 'geojson';
import type { CellValue } from './cell-value';
import type { ColumnMapping } from './column-mapping';
import { type CrsDecision, decideCrs } from './decide-crs';
import { type ImportSettings, numberFormatOf } from './import-settings';
import type { OpenedSource } from './opened-source';
import { ImportRefusalError } from './refusal';
import { samplePositions } from './sample-positions';

type CoordinateDecision = Exclude<CrsDecision, { unsupported: string }>;

export function decideCoordinates(
  opened: OpenedSource,
  mapping: ColumnMapping,
  settings: ImportSettings,
  sample: { rows: readonly CellValue[][]; geometries: readonly (Geometry | null)[] | undefined },
): CoordinateDecision {
  if (mapping.kind === 'table') return { crs: 'EPSG:4326', swap: null };
  const index = (header: string | undefined) => (header === undefined ? -1 : opened.headers.indexOf(header));
  const { location } = mapping;
  const positions = samplePositions(
    sample.rows,
    sample.geometries,
    {
      longitude: index(location.longitude),
      latitude: index(location.latitude),
      latLonText: index(location.latLonText),
      wkt: index(location.wkt),
    },
    {
      longitude: numberFormatOf(settings, location.longitude),
      latitude: numberFormatOf(settings, location.latitude),
    },
  );
  const declared = settings.crs !== null ? { crs: settings.crs } : opened.declaredCrs;
  const decision = decideCrs(positions, declared);
  if ('unsupported' in decision) {
    throw new ImportRefusalError('unsupportedCrs', opened.file, { detail: decision.unsupported });
  }
  return decision;
}
