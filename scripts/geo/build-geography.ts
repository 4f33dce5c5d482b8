/**
 * The geography build: boundary file (DANE MGN 2018 from data/sources, or --municipalities) →
 * keyed, simplified, RFC 7946 municipalities with official areas → programme layers, departments,
 * context and labels → deterministic files and the manifest in `outDir`. Every PDET, Zona Futuro
 * and pilot member must have its own polygon, or the build stops naming the file.
 * Pure of CLI concerns so tests can run it into a temporary directory.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon } from 'geojson';
import type { MissingMunicipality } from '../../src/io/manifest.ts';
import { attachMembership } from './attach-membership.ts';
import { buildContext } from './build-context.ts';
import { buildLabels } from './build-labels.ts';
import { buildManifestLayers, type GeoLayerId } from './build-manifest-layers.ts';
import {
  buildDepartments,
  buildPdetSubregions,
  buildZonasFuturo,
  compareText,
} from './build-programme-layers.ts';
import { checkCoverage } from './check-coverage.ts';
import { finalizeGeometry } from './finalize-geometry.ts';
import { geographyNotes } from './geography-notes.ts';
import { prepareBoundaries } from './prepare-boundaries.ts';
import { contextDescription, readBoundaries } from './read-boundaries.ts';
import { readReferenceTables } from './read-reference.ts';
import { separateTouchingParts } from './separate-touching-parts.ts';
import { validateGeometry } from './validate-geometry.ts';
import { stringifyFeatureCollection } from './write-deterministic-json.ts';
import { writeManifest } from './write-manifest.ts';

export interface BuildOptions {
  /** Project root (holds node_modules, data/sources and data/reference). */
  root: string;
  outDir: string;
  /** Another boundary file instead of data/sources/MGN2018_colombia.topojson. */
  municipalitiesFile?: string;
}
export interface BuildResult {
  counts: Record<GeoLayerId, number>;
  /** DIVIPOLA units without a polygon in the boundary file (never a programme member). */
  missing: MissingMunicipality[];
  /** What the reader had to decide (e.g. which shapefile of a zip it used). */
  notes: string[];
  files: string[];
}

/**
 * @example
 * await buildGeography({ root: '.', outDir: 'public/geo' }) // => { counts: { municipalities: 1122, … }, missing: [] }
 */
export async function buildGeography(options: BuildOptions): Promise<BuildResult> {
  const tables = readReferenceTables(join(options.root, 'data/reference'));
  const source = await readBoundaries(tables, options);
  const missing = checkCoverage(
    source.municipalities.map((feature) => feature.properties.divipola),
    tables,
    source.file,
  );
  const prepared = await prepareBoundaries(source);
  const municipalities = attachMembership(prepared.municipalities.map(finalizeFeature), tables, source);
  // Dissolve from the prepared municipalities; separate touching parts only in what is written.
  const pilots = municipalities.filter((f) => f.properties.pilot);
  const layers = {
    municipalities: publish(municipalities),
    'pdet-subregions': publish((await buildPdetSubregions(municipalities, tables)).map(finalizeFeature)),
    'zonas-futuro': publish((await buildZonasFuturo(municipalities, tables)).map(finalizeFeature)),
    'pilot-municipalities': publish(pilots),
    departments: publish(
      (await buildDepartments(municipalities, tables, prepared.departments)).map(finalizeFeature),
    ),
    context: publish(
      (await buildContext(join(options.root, 'node_modules/world-atlas/countries-10m.json'))).map(
        finalizeFeature,
      ),
    ),
  };
  for (const [id, features] of Object.entries(layers)) assertValid(id, features);
  const labels = [
    ...buildLabels(layers.departments, 'departments', (p) => p.name),
    ...buildLabels(
      layers.municipalities,
      'municipalities',
      (p) => p.name,
      (p) => p.divipola,
    ),
    ...buildLabels(layers['pdet-subregions'], 'pdet-subregions', (p) => p.name),
    ...buildLabels(
      layers['pilot-municipalities'],
      'pilot-municipalities',
      (p) => p.name,
      (p) => p.divipola,
    ),
    ...buildLabels(layers['zonas-futuro'], 'zonas-futuro', (p) => p.name),
  ];
  const all: Record<GeoLayerId, Feature<Geometry>[]> = { ...layers, labels };
  mkdirSync(options.outDir, { recursive: true });
  const files: string[] = [];
  for (const [id, features] of Object.entries(all)) {
    const collection: FeatureCollection = { type: 'FeatureCollection', features };
    writeFileSync(join(options.outDir, `${id}.geojson`), stringifyFeatureCollection(collection));
    files.push(`${id}.geojson`);
  }
  const counts = Object.fromEntries(
    Object.entries(all).map(([id, features]) => [id, features.length]),
  ) as Record<GeoLayerId, number>;
  const notes = geographyNotes({
    municipalities: layers.municipalities.map((feature) => feature.properties),
    missing,
    tables,
    ownDepartments: prepared.departments !== null,
    boundary: source.boundaryName,
  });
  writeManifest(
    join(options.outDir, 'manifest.json'),
    buildManifestLayers(source.description, counts, contextDescription(options.root), notes),
    source.description.source,
    missing,
  );
  files.push('manifest.json');
  return { counts, missing, notes: source.notes, files: files.sort(compareText) };
}

function finalizeFeature<F extends Feature<Polygon | MultiPolygon>>(feature: F): F {
  return { ...feature, geometry: finalizeGeometry(feature.geometry) };
}

function publish<F extends Feature<Polygon | MultiPolygon>>(features: F[]): F[] {
  return features.map((feature) => ({ ...feature, geometry: separateTouchingParts(feature.geometry) }));
}

function assertValid(layer: string, features: Feature<Geometry>[]): void {
  for (const feature of features) {
    const problems = validateGeometry(feature.geometry as Polygon | MultiPolygon);
    if (problems.length > 0) {
      throw new Error(
        `${layer}: invalid geometry in ${JSON.stringify(feature.properties)}: ${problems.join('; ')}`,
      );
    }
  }
}
