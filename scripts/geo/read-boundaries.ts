/**
 * Reads the municipal boundary source for the build: the committed DANE MGN 2018 TopoJSON
 * (`data/sources/`), or the file given to `--municipalities` (a newer MGN vintage, OCHA's COD-AB).
 * Returns keyed features plus the words the manifest needs to describe the source honestly.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { BoundaryDescription } from './build-manifest-layers.ts';
import { packageVersion } from './package-version.ts';
import { type BoundaryFile, readBoundaryFile } from './read-boundary-file.ts';
import type { ReferenceTables } from './read-reference.ts';

/** The shipped boundary input (see data/sources/SOURCE.md). */
export const DEFAULT_BOUNDARY_FILE = 'data/sources/MGN2018_colombia.topojson';
/** The attribution DANE asks for, with the vintage. */
export const mgnAttribution = (year: string | null) =>
  `DANE – Marco Geoestadístico Nacional${year ? ` ${year}` : ''}`;

const PROGRAMME_ATTRIBUTION = 'PDET: ART, Decreto 893/2017';
const PROGRAMME_LICENCE =
  'Programme membership is public information: Decreto 893/2017 and the ART list (PDET), Decreto 2278/2019 (Zonas Futuro).';

export interface Boundaries extends BoundaryFile {
  description: BoundaryDescription;
  /** e.g. "DANE – Marco Geoestadístico Nacional 2018", as the attribution names it. */
  boundaryName: string;
  /** The file name, for messages. */
  file: string;
}

/**
 * @example
 * await readBoundaries(tables, { root: process.cwd() }) // DANE MGN 2018, 1,122 keyed municipalities
 */
export async function readBoundaries(
  tables: ReferenceTables,
  options: { root: string; municipalitiesFile?: string },
): Promise<Boundaries> {
  const path = options.municipalitiesFile ?? join(options.root, DEFAULT_BOUNDARY_FILE);
  const source = await readBoundaryFile(path);
  const file = basename(path);
  const shipped = options.municipalitiesFile === undefined;
  const codAb = source.schema === 'COD-AB';
  const hash = `sha256:${createHash('sha256').update(readFileSync(path)).digest('hex').slice(0, 12)}`;
  const where = shipped ? DEFAULT_BOUNDARY_FILE : `file ${file}`;
  const departments = source.departments ? ' and MGN_DPTO_POLITICO (departments)' : '';
  const crs =
    source.crs === 'EPSG:4326' || source.crs === 'EPSG:4686'
      ? 'longitude/latitude (MAGNA-SIRGAS / WGS 84)'
      : `${source.crs}, reprojected to longitude/latitude with proj4`;
  const boundaryName = codAb ? `OCHA COD-AB (${mgnAttribution(null)})` : mgnAttribution(source.year);
  return {
    ...source,
    file,
    boundaryName,
    description: {
      source: `${boundaryName}${codAb ? '' : ' (MGN)'}: layer ${source.layer}${departments}, ${where} (${crs}); simplified on a shared topology, every unit's area within 1% of the source polygon`,
      licence: `DANE open data: free reuse with attribution to DANE as the source (see data/sources/SOURCE.md; check the terms published with your copy). ${PROGRAMME_LICENCE}`,
      attribution: `Límites: ${boundaryName} · Natural Earth · ${PROGRAMME_ATTRIBUTION}`,
      year: `${source.year ? `${source.year} (MGN vintage)` : 'vintage not stated in the file'}; programme membership 2017–2019`,
      packages: {
        [shipped ? DEFAULT_BOUNDARY_FILE : `file:${file}`]: hash,
        '@mapbox/geojson-rewind': packageVersion('@mapbox/geojson-rewind', options.root),
        '@turf/turf': packageVersion('@turf/turf', options.root),
        mapshaper: packageVersion('mapshaper', options.root),
        'topojson-client': packageVersion('topojson-client', options.root),
        ...tables.hashes,
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
