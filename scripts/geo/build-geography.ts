/**
 * The geography build: boundary source → keyed, repaired, RFC 7946 municipalities → programme
 * layers, departments, context and labels → deterministic files and the manifest in `outDir`.
 * Pure of CLI concerns so tests can run it into a temporary directory.
 */
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
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
import { cleanPolygons } from './clean-polygons.ts';
import { finalizeGeometry } from './finalize-geometry.ts';
import { contextDescription, readBoundaries } from './read-boundaries.ts';
import { readReferenceTables } from './read-reference.ts';
import { separateTouchingParts } from './separate-touching-parts.ts';
import { validateGeometry } from './validate-geometry.ts';
import { stringifyFeatureCollection } from './write-deterministic-json.ts';
import { writeManifest } from './write-manifest.ts';

export interface BuildOptions {
  /** Project root (holds node_modules and data/reference). */
  root: string;
  outDir: string;
  /** Official MGN boundaries instead of the amCharts npm geodata. */
  municipalitiesFile?: string;
}
export interface BuildResult {
  counts: Record<GeoLayerId, number>;
  missing: MissingMunicipality[];
  files: string[];
}

/**
 * @example
 * await buildGeography({ root: '.', outDir: 'public/geo' }) // => { counts: { municipalities: 1063, … } }
 */
export async function buildGeography(options: BuildOptions): Promise<BuildResult> {
  const tables = readReferenceTables(join(options.root, 'data/reference'));
  const boundaries = await readBoundaries(tables, options);
  const cleaned = (await cleanPolygons(boundaries.features)).map(finalizeFeature);
  const municipalities = attachMembership(cleaned, tables, boundaries.fallbackNames);
  const missing = findMissing(
    new Set(municipalities.map((f) => f.properties.divipola)),
    tables,
    boundaries.official,
  );
  // Dissolve from the repaired municipalities; separate touching parts only in what is written.
  const pilots = municipalities.filter((f) => f.properties.pilot);
  const layers = {
    municipalities: publish(municipalities),
    'pdet-subregions': publish((await buildPdetSubregions(municipalities, tables)).map(finalizeFeature)),
    'zonas-futuro': publish((await buildZonasFuturo(municipalities, tables)).map(finalizeFeature)),
    'pilot-municipalities': publish(pilots),
    departments: publish((await buildDepartments(municipalities, tables)).map(finalizeFeature)),
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
  if (!boundaries.official) {
    copyFileSync(
      join(options.root, 'node_modules/@amcharts/amcharts5-geodata/LICENSE'),
      join(options.outDir, 'LICENSE-amcharts.txt'),
    );
    files.push('LICENSE-amcharts.txt');
  }
  const counts = Object.fromEntries(
    Object.entries(all).map(([id, features]) => [id, features.length]),
  ) as Record<GeoLayerId, number>;
  const manifestLayers = buildManifestLayers(
    boundaries.description,
    counts,
    contextDescription(options.root),
    {
      municipalities: municipalitiesNote(boundaries.official, missing.length),
    },
  );
  writeManifest(
    join(options.outDir, 'manifest.json'),
    manifestLayers,
    boundaries.description.source,
    missing,
  );
  files.push('manifest.json');
  return { counts, missing, files: files.sort(compareText) };
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

function findMissing(
  present: Set<string>,
  tables: ReturnType<typeof readReferenceTables>,
  official: boolean,
): MissingMunicipality[] {
  const absent = tables.pdet.filter((row) => !present.has(row.divipola));
  const known = new Map(tables.missing.map((row) => [row.divipola, row]));
  return absent
    .map((row) => {
      const container = known.get(row.divipola);
      if (!container || official || !present.has(container.containedIn)) {
        throw new Error(
          `PDET municipality ${row.divipola} ${row.name} has no polygon in the boundary source`,
        );
      }
      return {
        divipola: row.divipola,
        name: row.name,
        department: row.department,
        pdet_subregion: row.subregion,
        contained_in: { divipola: container.containedIn, name: container.containedInName },
      };
    })
    .sort((a, b) => compareText(a.divipola, b.divipola));
}

function municipalitiesNote(official: boolean, missingCount: number) {
  if (official) {
    return {
      es: 'Límites oficiales del MGN del DANE; todos los municipios PDET tienen polígono propio.',
      en: 'Official DANE MGN boundaries; every PDET municipality has its own polygon.',
    };
  }
  return {
    es: `Límites de hacia 1995 (amCharts). ${missingCount} municipios PDET creados después no tienen polígono propio (ver "missing"). El polígono rotulado "Cicuco" es Magangué, por lo que Cicuco (13188) no tiene polígono. El polígono de Tumaco mide ~2.690 km² frente a ~3.760 km² del DANE.`,
    en: `Boundaries from about 1995 (amCharts). ${missingCount} PDET municipalities created later have no polygon of their own (see "missing"). The polygon labelled "Cicuco" is Magangué, so Cicuco (13188) has no polygon. Tumaco's polygon is ~2,690 km² against DANE's ~3,760 km².`,
  };
}
