/**
 * What a file is: intervention **points**, **areas** (polygons becoming a zone layer) or a
 * **municipal table** (values per DIVIPOLA code, per year). Geometry decides for feature formats
 * and WKT; coordinates mean points; a municipality key with year columns (wide), or with a year
 * column and no intervention fields (long), means a table; a municipality key alone means points
 * placed at their municipality.
 *
 * @example
 * detectKind({ geometryTypes: ['Polygon'], location: {}, headers: ['nombre'], fields: {} }) // => 'areas'
 * detectKind({ geometryTypes: [], location: { divipola: 'cod' }, headers: ['cod', 'areacoca_2019', 'coca2022_'], fields: {} }) // => 'table'
 */
import type { ColumnMapping, ImportKind, LocationMapping } from './column-mapping';
import { YEAR_SYNONYMS } from './column-synonyms';
import { firstSynonym } from './detect-location';
import { normalizeKey } from './normalize-key';
import { yearOfHeader } from './year-columns';

const POLYGONAL = new Set(['Polygon', 'MultiPolygon']);
const INTERVENTION_FIELDS = ['title', 'pillar', 'type', 'status', 'agency', 'startDate'] as const;

interface KindEvidence {
  /** Geometry types of the sampled features or WKT values. */
  geometryTypes: readonly string[];
  location: LocationMapping;
  headers: readonly string[];
  fields: ColumnMapping['fields'];
}

export function detectKind(evidence: KindEvidence): ImportKind {
  const { geometryTypes, location, headers, fields } = evidence;
  if (geometryTypes.length > 0) {
    const polygons = geometryTypes.filter((type) => POLYGONAL.has(type)).length;
    return polygons * 2 >= geometryTypes.length ? 'areas' : 'points';
  }
  if (location.latitude || location.latLonText) return 'points';
  if (!location.divipola && !location.municipality) return 'points';
  if (headers.filter((header) => yearOfHeader(header) !== null).length >= 2) return 'table';
  const hasYearColumn = firstSynonym(headers.map(normalizeKey), YEAR_SYNONYMS) >= 0;
  const hasInterventionFields = INTERVENTION_FIELDS.some((field) => fields[field] !== undefined);
  return hasYearColumn && !hasInterventionFields ? 'table' : 'points';
}
