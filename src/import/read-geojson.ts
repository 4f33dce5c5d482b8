/**
 * Reads GeoJSON (a FeatureCollection, a Feature or a bare geometry), with or without the old
 * `crs` member (`urn:ogc:def:crs:EPSG::9377` and the like), which is recognised through
 * `src/geo/crs`: a projected file is reprojected later, never refused for declaring its system.
 *
 * @example
 * const opened = await readGeoJson(byteSourceFromBytes('predios.geojson', bytes));
 * opened.declaredCrs // => { crs: 'EPSG:9377' }
 */
import type { Feature } from 'geojson';
import { recogniseCrs } from '../geo/crs/recognise-crs';
import { type ByteSource, readAll } from './byte-source';
import { featureRows } from './feature-rows';
import type { OpenedSource } from './opened-source';
import { ImportRefusalError } from './refusal';

export async function readGeoJson(source: ByteSource): Promise<OpenedSource> {
  const text = new TextDecoder('utf-8').decode(await readAll(source)).replace(/^\uFEFF/, '');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new ImportRefusalError('unreadable', source.name, {
      format: 'JSON',
      detail: (error as Error).message,
    });
  }
  const features = featuresOf(value);
  if (!features) {
    throw new ImportRefusalError('unreadable', source.name, {
      format: 'GeoJSON',
      detail: 'not a FeatureCollection, a Feature or a geometry',
    });
  }
  const crsName = crsNameOf(value);
  const { headers, batches } = featureRows(features);
  return {
    file: source.name,
    format: 'geojson',
    headers,
    declaredCrs: crsName === null ? null : recogniseCrs({ name: crsName }),
    hasGeometry: true,
    notes: [],
    batches,
  };
}

function featuresOf(value: unknown): Feature[] | null {
  if (!isRecord(value)) return null;
  if (value.type === 'FeatureCollection' && Array.isArray(value.features)) {
    return value.features.filter(isRecord).map((feature) => ({
      type: 'Feature',
      properties: isRecord(feature.properties) ? feature.properties : {},
      geometry: (isRecord(feature.geometry) ? feature.geometry : null) as unknown as Feature['geometry'],
    }));
  }
  if (value.type === 'Feature') return featuresOf({ type: 'FeatureCollection', features: [value] });
  if (typeof value.type === 'string' && ('coordinates' in value || 'geometries' in value)) {
    return [{ type: 'Feature', properties: {}, geometry: value as unknown as Feature['geometry'] }];
  }
  return null;
}

/** `crs.properties.name` of the 2008 GeoJSON spec (RFC 7946 dropped it; files still carry it). */
function crsNameOf(value: unknown): string | null {
  if (!isRecord(value) || !isRecord(value.crs) || !isRecord(value.crs.properties)) return null;
  const name = value.crs.properties.name;
  return typeof name === 'string' ? name : null;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
