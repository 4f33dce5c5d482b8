/**
 * Reads the municipal boundary source for the build: by default the amCharts npm geodata (keyed
 * and defect-fixed by the reference tables), or an official DANE MGN file when one is given.
 * Returns keyed features plus the words the manifest needs to describe the source honestly.
 */
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { BoundaryDescription } from './build-manifest-layers.ts';
import type { AreaFeature } from './key-amcharts.ts';
import { keyAmcharts } from './key-amcharts.ts';
import { packageVersion } from './package-version.ts';
import { readMgn } from './read-mgn.ts';
import type { ReferenceTables } from './read-reference.ts';

export const AMCHARTS_FILE = 'node_modules/@amcharts/amcharts5-geodata/json/colombiaMuniHigh.json';

export interface Boundaries {
  features: AreaFeature[];
  fallbackNames: Map<string, string>;
  description: BoundaryDescription;
  official: boolean;
}

const PROGRAMME_ATTRIBUTION = 'PDET: ART, Decreto 893/2017';

/**
 * @example
 * await readBoundaries(tables, { root: process.cwd() }) // amCharts, 1,063 keyed features
 */
export async function readBoundaries(
  tables: ReferenceTables,
  options: { root: string; municipalitiesFile?: string },
): Promise<Boundaries> {
  const tablePackages = { ...tables.hashes };
  if (options.municipalitiesFile) {
    const mgn = await readMgn(options.municipalitiesFile);
    const file = basename(options.municipalitiesFile);
    return {
      features: mgn.features,
      fallbackNames: mgn.names,
      official: true,
      description: {
        source: `DANE, Marco Geoestadístico Nacional (MGN), layer MGN_MPIO_POLITICO, file ${file} (${crsWords(mgn.crs)})`,
        licence:
          'DANE open data: free reuse with attribution to DANE as the source; check the terms published with your MGN copy (DANE geoportal / datos.gov.co). Programme membership: public decrees (Decreto 893/2017, Decreto 2278/2019).',
        attribution: `Límites: DANE MGN${mgn.year ? ` ${mgn.year}` : ''} · Natural Earth · ${PROGRAMME_ATTRIBUTION}`,
        year: mgn.year ? `${mgn.year} (MGN vintage)` : 'MGN (vintage not stated in the file)',
        packages: {
          [`file:${file}`]: 'DANE MGN',
          mapshaper: packageVersion('mapshaper', options.root),
          ...tablePackages,
        },
      },
    };
  }
  const raw = JSON.parse(readFileSync(join(options.root, AMCHARTS_FILE), 'utf8'));
  const keyed = keyAmcharts(raw.features, tables);
  return {
    features: keyed.features,
    fallbackNames: new Map(),
    official: false,
    description: {
      source:
        'amCharts 5 geodata colombiaMuniHigh (npm @amcharts/amcharts5-geodata), keyed by DIVIPOLA and corrected with data/reference/source_fixes.csv',
      licence:
        'amCharts linkware licence (free to bundle with visible attribution; LICENSE-amcharts.txt kept beside these files). Programme membership is public information: Decreto 893/2017 and the ART list (PDET), Decreto 2278/2019 (Zonas Futuro).',
      attribution: `Límites: amCharts (linkware) · Natural Earth · ${PROGRAMME_ATTRIBUTION}`,
      year: 'c. 1995 (boundaries, approx.); programme membership 2017–2019',
      packages: {
        '@amcharts/amcharts5-geodata': packageVersion('@amcharts/amcharts5-geodata', options.root),
        '@mapbox/geojson-rewind': packageVersion('@mapbox/geojson-rewind', options.root),
        '@turf/turf': packageVersion('@turf/turf', options.root),
        mapshaper: packageVersion('mapshaper', options.root),
        ...tablePackages,
      },
    },
  };
}

/** The context layer's description (Natural Earth via world-atlas). */
export function contextDescription(root: string): BoundaryDescription {
  return {
    source:
      'Natural Earth 1:10m admin-0 countries as packaged in npm world-atlas (countries-10m.json), clipped to lon -96..-48, lat -24..24',
    licence: 'Natural Earth: public domain. world-atlas packaging: ISC licence.',
    attribution: 'Natural Earth',
    year: 'Natural Earth release packaged by world-atlas',
    packages: {
      'world-atlas': packageVersion('world-atlas', root),
      'topojson-client': packageVersion('topojson-client', root),
      mapshaper: packageVersion('mapshaper', root),
    },
  };
}

function crsWords(crs: string): string {
  return crs === 'EPSG:9377'
    ? 'CTM12 EPSG:9377, reprojected to WGS84 longitude/latitude with proj4'
    : `geographic longitude/latitude, read as ${crs}`;
}
