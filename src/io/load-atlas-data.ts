/**
 * Loads the manifest and the zone layers the app needs for its catalog and its analysis,
 * validating each at the edge: the manifest against its schema, each layer as a FeatureCollection
 * of polygons with the properties the app reads. Problems name the file and, where it helps, the
 * feature. The caller builds the catalog from what comes back (`state/catalog`).
 */
import type { FeatureCollection } from 'geojson';
import { DataFileError, type JsonFetcher } from './fetch-json';
import { Manifest } from './manifest';

export interface ZoneCollections {
  municipalities: FeatureCollection;
  'pdet-subregions': FeatureCollection;
  'zonas-futuro': FeatureCollection;
  'pilot-municipalities': FeatureCollection;
}

export interface AtlasData {
  manifest: Manifest;
  collections: ZoneCollections;
}

const ZONE_FILES = {
  municipalities: 'municipalities.geojson',
  pdetSubregions: 'pdet-subregions.geojson',
  zonasFuturo: 'zonas-futuro.geojson',
  pilots: 'pilot-municipalities.geojson',
} as const;

export async function loadAtlasData(fetchJson: JsonFetcher): Promise<AtlasData> {
  const rawManifest = await fetchJson('manifest.json');
  const parsed = Manifest.safeParse(rawManifest);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new DataFileError('manifest.json', `${issue.path.join('.') || 'root'}: ${issue.message}`);
  }
  const manifest = parsed.data;
  const [municipalities, pdetSubregions, zonasFuturo, pilots] = await Promise.all(
    Object.values(ZONE_FILES).map(async (file) => asPolygonCollection(file, await fetchJson(file))),
  );
  return {
    manifest,
    collections: {
      municipalities,
      'pdet-subregions': pdetSubregions,
      'zonas-futuro': zonasFuturo,
      'pilot-municipalities': pilots,
    },
  };
}

function asPolygonCollection(file: string, value: unknown): FeatureCollection {
  const collection = value as FeatureCollection;
  if (collection?.type !== 'FeatureCollection' || !Array.isArray(collection.features)) {
    throw new DataFileError(file, 'is not a GeoJSON FeatureCollection');
  }
  collection.features.forEach((feature, index) => {
    const type = feature?.geometry?.type;
    if (type !== 'Polygon' && type !== 'MultiPolygon') {
      throw new DataFileError(file, `feature ${index} has geometry ${String(type)}, expected a polygon`);
    }
    if (!feature.properties || typeof feature.properties.name !== 'string') {
      throw new DataFileError(file, `feature ${index} has no name`);
    }
  });
  return collection;
}
