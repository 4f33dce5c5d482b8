import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { area } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { beforeAll, describe, expect, it } from 'vitest';
import { sourcesFromManifest } from '../src/export/sources-from-manifest.ts';
import { normalizeName } from '../src/geo/normalize-name.ts';
import { Manifest } from '../src/io/manifest.ts';
import { parseArgs } from './build-geo.ts';
import { buildGeography } from './geo/build-geography.ts';
import { GEO_LAYER_IDS } from './geo/build-manifest-layers.ts';
import { DEFAULT_BOUNDARY_FILE } from './geo/read-boundaries.ts';
import { readBoundaryFile } from './geo/read-boundary-file.ts';
import { readReferenceTables } from './geo/read-reference.ts';
import { validateGeometry } from './geo/validate-geometry.ts';

const AREA_LAYERS = [
  'municipalities',
  'pdet-subregions',
  'zonas-futuro',
  'pilot-municipalities',
  'departments',
  'context',
];
/** Full-precision MGN 2018 GeoJSON: test input on the development machines, absent on CI. */
const MGN_DIR = '/work/shared/data/mgn';
const MGN_GEOJSON = join(MGN_DIR, 'MGN2018_MPIO_POLITICO.geojson');
const hasFullPrecision = existsSync(MGN_GEOJSON);
if (!hasFullPrecision) {
  console.warn(
    `${MGN_GEOJSON} is absent: the 1% polygon-fidelity test and the full-precision build are skipped`,
  );
}

const read = (dir: string, file: string) => JSON.parse(readFileSync(join(dir, file), 'utf8'));
const features = (dir: string, id: string) => (read(dir, `${id}.geojson`) as FeatureCollection).features;
const byCode = (dir: string) =>
  new Map(
    features(dir, 'municipalities').map((feature) => [feature.properties?.divipola as string, feature]),
  );
const tables = readReferenceTables('data/reference');

describe('geo:build from the committed DANE MGN 2018 TopoJSON', () => {
  const out = mkdtempSync(join(tmpdir(), 'geo-build-'));
  beforeAll(async () => {
    await buildGeography({ root: process.cwd(), outDir: out });
  }, 120_000);

  it('reproduces the committed public/geo files byte for byte', () => {
    const written = readdirSync(out);
    expect(written.sort()).toEqual([...GEO_LAYER_IDS.map((id) => `${id}.geojson`), 'manifest.json'].sort());
    for (const file of written.filter((name) => name !== 'manifest.json')) {
      expect(readFileSync(join(out, file)).equals(readFileSync(join('public/geo', file))), file).toBe(true);
    }
    const own = (dir: string) => {
      const manifest = Manifest.parse(read(dir, 'manifest.json'));
      const layers = manifest.layers.filter((layer) =>
        (GEO_LAYER_IDS as readonly string[]).includes(layer.id),
      );
      return { ...manifest, layers };
    };
    expect(own('public/geo')).toEqual(own(out));
  });

  it('writes only valid RFC 7946 polygons (CCW outer rings, ≤ 5 decimals, no self-intersections)', () => {
    for (const id of AREA_LAYERS) {
      for (const feature of features(out, id)) {
        expect(
          validateGeometry(feature.geometry as Polygon | MultiPolygon),
          `${id} ${JSON.stringify(feature.properties)}`,
        ).toEqual([]);
      }
    }
  });

  it('draws every one of the 1,122 DIVIPOLA units with its own polygon; nothing is missing', () => {
    const codes = byCode(out);
    expect(codes.size).toBe(1122);
    expect([...codes.keys()].sort()).toEqual([...tables.municipalityNames.keys()].sort());
    expect(Manifest.parse(read(out, 'manifest.json')).missing).toEqual([]);
    const pdet = [...codes.values()].filter((feature) => feature.properties?.pdet_subregion);
    expect(pdet).toHaveLength(170);
    for (const row of tables.zonas) expect(codes.get(row.divipola)?.properties?.zona_futuro).toBe(row.zona);
  });

  it("ships DANE's official areas (MPIO_NAREA), marked official", async () => {
    const source = await readBoundaryFile(DEFAULT_BOUNDARY_FILE);
    const codes = byCode(out);
    for (const [code, official] of source.officialAreas) {
      expect(codes.get(code)?.properties?.area_km2, code).toBe(Math.round(official * 10) / 10);
      expect(codes.get(code)?.properties?.area_official, code).toBe(true);
    }
    expect(source.officialAreas.size).toBe(1122);
    expect(codes.get('52835')?.properties?.area_km2).toBe(3611.5);
    expect(codes.get('05120')?.properties?.area_km2).toBe(1873.8);
    expect(codes.get('54720')?.properties?.area_km2).toBe(1467.7);
  });

  it('names every unit from divipola.csv', () => {
    const codes = byCode(out);
    for (const [code, name] of tables.municipalityNames) expect(codes.get(code)?.properties?.name).toBe(name);
    expect(codes.get('52835')?.properties?.name).toBe('San Andrés de Tumaco');
    expect(codes.get('13188')?.properties?.name).toBe('Cicuco');
    expect(codes.get('05120')?.id).toBe(5120);
  });

  it('names DANE MGN 2018 as the source in the manifest, with the boundary file hash', () => {
    const manifest = Manifest.parse(read(out, 'manifest.json'));
    expect(manifest.layers.map((layer) => layer.id)).toEqual([...GEO_LAYER_IDS]);
    expect(manifest.boundary_source).toMatch(
      /^DANE – Marco Geoestadístico Nacional 2018 \(MGN\): layer MGN_MPIO_POLITICO and MGN_DPTO_POLITICO/,
    );
    // Exports print each visible layer's source: they name the attribution line too.
    expect(sourcesFromManifest(manifest.layers, ['municipalities', 'departments'], 'es')[0]).toMatch(
      /^Municipios: DANE – Marco Geoestadístico Nacional 2018 \(MGN\)/,
    );
    const municipalities = manifest.layers.find((layer) => layer.id === 'municipalities');
    expect(municipalities?.attribution).toContain('DANE – Marco Geoestadístico Nacional 2018');
    expect(municipalities?.source_packages[DEFAULT_BOUNDARY_FILE]).toMatch(/^sha256:[0-9a-f]{12}$/);
    expect(municipalities?.feature_count).toBe(1122);
    expect(municipalities?.note?.en).toMatch(/1,122 municipalities .* own polygon.*official figure/);
    expect(Object.keys(municipalities?.source_packages ?? {}).sort()).toEqual([
      '@mapbox/geojson-rewind',
      '@turf/turf',
      'data/reference/departments.csv',
      'data/reference/divipola.csv',
      'data/reference/pdet_municipalities.csv',
      'data/reference/pilots.csv',
      'data/reference/zonas_futuro.csv',
      DEFAULT_BOUNDARY_FILE,
      'mapshaper',
      'topojson-client',
    ]);
  });

  it('builds 16 PDET subregions with all 170 members', () => {
    const subregions = features(out, 'pdet-subregions');
    expect(subregions).toHaveLength(16);
    expect(subregions.reduce((sum, f) => sum + (f.properties?.municipality_count as number), 0)).toBe(170);
    expect(subregions.flatMap((f) => f.properties?.divipola_codes).sort()).toEqual(
      tables.pdet.map((row) => row.divipola).sort(),
    );
  });

  it('marks the Zonas Futuro approximate, with verified and candidate codes on each zone', () => {
    const zonas = features(out, 'zonas-futuro');
    expect(zonas).toHaveLength(5);
    expect(zonas.find((f) => f.properties?.name === 'Catatumbo')?.properties).toMatchObject({
      verified_count: 8,
      candidate_count: 0,
      candidate_codes: [],
    });
    for (const zone of zonas) {
      const rows = tables.zonas.filter((row) => row.zona === zone.properties?.name);
      expect(zone.properties?.verified_codes).toEqual(
        rows
          .filter((row) => row.verified)
          .map((row) => row.divipola)
          .sort(),
      );
      expect(zone.properties?.candidate_codes).toEqual(
        rows
          .filter((row) => !row.verified)
          .map((row) => row.divipola)
          .sort(),
      );
    }
    const entry = Manifest.parse(read(out, 'manifest.json')).layers.find((l) => l.id === 'zonas-futuro');
    expect(entry?.allocation).toBe('approximate');
    expect(entry?.note?.en).toMatch(
      /^APPROXIMATE: .*9 confirmed municipalities and 36 unverified candidates/,
    );
  });

  it("takes the 33 departments from MGN_DPTO_POLITICO, agreeing with their municipalities' areas", () => {
    const departments = features(out, 'departments');
    expect(departments.map((f) => f.properties?.code)).toEqual([...tables.departmentNames.keys()].sort());
    const sums = new Map<string, number>();
    for (const feature of byCode(out).values()) {
      const code = String(feature.properties?.divipola).slice(0, 2);
      sums.set(code, (sums.get(code) ?? 0) + area(feature as Feature<Polygon>));
    }
    for (const department of departments) {
      const ratio = area(department as Feature<Polygon>) / (sums.get(department.properties?.code) ?? 1);
      expect(Math.abs(ratio - 1), department.properties?.name).toBeLessThan(0.006);
    }
    expect(
      Manifest.parse(read(out, 'manifest.json')).layers.find((l) => l.id === 'departments')?.note?.en,
    ).toContain('MGN_DPTO_POLITICO');
  });

  it('builds the 3 pilots and anchors a label for every area feature', () => {
    expect(features(out, 'pilot-municipalities').map((f) => f.properties?.divipola)).toEqual([
      '05120',
      '52835',
      '54720',
    ]);
    const labels = features(out, 'labels') as Feature[];
    const count = (layer: string) => labels.filter((label) => label.properties?.layer === layer).length;
    expect(count('municipalities')).toBe(1122);
    expect(count('departments')).toBe(33);
    expect(count('zonas-futuro')).toBe(5);
  });

  it.skipIf(!hasFullPrecision)(
    'keeps every unit within 1% of the area of its full-precision MGN polygon (skipped without /work/shared)',
    () => {
      const full = read(MGN_DIR, 'MGN2018_MPIO_POLITICO.geojson') as FeatureCollection;
      const reference = new Map(full.features.map((f) => [String(f.properties?.MPIO_CCNCT), area(f)]));
      let worst = 0;
      for (const [code, feature] of byCode(out)) {
        const deviation = Math.abs(area(feature as Feature<Polygon>) / (reference.get(code) ?? 0) - 1);
        expect(deviation, code).toBeLessThan(0.01);
        worst = Math.max(worst, deviation);
      }
      expect(reference.size).toBe(1122);
      expect(worst).toBeGreaterThan(0.001); // the layer is simplified, not a copy
    },
  );
});

describe.skipIf(!hasFullPrecision)(
  'geo:build --municipalities from the full-precision MGN 2018 GeoJSON',
  () => {
    it('builds all 1,122 units with official areas and nothing missing', async () => {
      const out = mkdtempSync(join(tmpdir(), 'geo-mgn-'));
      const result = await buildGeography({
        root: process.cwd(),
        outDir: out,
        municipalitiesFile: MGN_GEOJSON,
      });
      expect(result.missing).toEqual([]);
      const codes = byCode(out);
      expect(codes.size).toBe(1122);
      expect(codes.get('52835')?.properties).toMatchObject({ area_km2: 3611.5, area_official: true });
      const manifest = Manifest.parse(read(out, 'manifest.json'));
      expect(manifest.boundary_source).toContain('MGN2018_MPIO_POLITICO.geojson');
      // No department layer in this file: departments are dissolved from the municipalities.
      expect(manifest.layers.find((layer) => layer.id === 'departments')?.note?.en).toMatch(/dissolved/);
      expect(features(out, 'departments')).toHaveLength(33);
    }, 120_000);

    it('has the same 1,122 codes as divipola.csv and, folded, the same names except two later renames', () => {
      const mgn = read(MGN_DIR, 'MGN2018_MPIO_POLITICO.geojson') as FeatureCollection;
      const mgnNames = new Map(
        mgn.features.map((f) => [f.properties?.MPIO_CCNCT as string, f.properties?.MPIO_CNMBR as string]),
      );
      expect([...tables.municipalityNames.keys()].sort()).toEqual([...mgnNames.keys()].sort());
      const differing = [...tables.municipalityNames].filter(
        ([code, name]) => normalizeName(name) !== normalizeName(mgnNames.get(code) ?? ''),
      );
      expect(differing.map(([code]) => code)).toEqual(['19760', '70523']);
    });
  },
);

describe("geo:build --municipalities with OCHA COD-AB's schema (ADM2_PCODE = CO + DIVIPOLA)", () => {
  it('builds every unit, with computed areas and COD-AB named as the source', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'geo-codab-'));
    // A COD-AB-shaped copy of the shipped municipalities (made here, never committed).
    const shipped = read('public/geo', 'municipalities.geojson') as FeatureCollection;
    const codAb = {
      type: 'FeatureCollection',
      features: shipped.features.map((f) => ({
        type: 'Feature',
        properties: {
          ADM2_ES: f.properties?.name,
          ADM2_PCODE: `CO${f.properties?.divipola}`,
          ADM0_PCODE: 'CO',
        },
        geometry: f.geometry,
      })),
    };
    const file = join(dir, 'col_admbnda_adm2.geojson');
    writeFileSync(file, JSON.stringify(codAb));
    const out = join(dir, 'out');
    const result = await buildGeography({ root: process.cwd(), outDir: out, municipalitiesFile: file });
    expect(result.missing).toEqual([]);
    const tumaco = byCode(out).get('52835')?.properties;
    expect(tumaco).toMatchObject({ name: 'San Andrés de Tumaco', area_official: false });
    expect(Math.abs((tumaco?.area_km2 as number) / 3611.5 - 1)).toBeLessThan(0.01);
    const manifest = Manifest.parse(read(out, 'manifest.json'));
    expect(manifest.layers.find((layer) => layer.id === 'municipalities')?.attribution).toContain(
      'OCHA COD-AB',
    );
  }, 120_000);
});

describe('geo:build errors', () => {
  it('stops with a message naming an unreadable boundary file', async () => {
    const out = mkdtempSync(join(tmpdir(), 'geo-bad-'));
    await expect(
      buildGeography({ root: process.cwd(), outDir: out, municipalitiesFile: join(out, 'nope.zip') }),
    ).rejects.toThrow(/nope\.zip: file not found/);
  });

  it('names the input file when a PDET municipality has no polygon in it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'geo-partial-'));
    const shipped = read('public/geo', 'municipalities.geojson') as FeatureCollection;
    const partial = {
      type: 'FeatureCollection',
      features: shipped.features
        .filter((f) => f.properties?.divipola !== '27150')
        .map((f) => ({
          type: 'Feature',
          properties: { MPIO_CDPMP: f.properties?.divipola },
          geometry: f.geometry,
        })),
    };
    const file = join(dir, 'mgn-without-carmen.geojson');
    writeFileSync(file, JSON.stringify(partial));
    await expect(
      buildGeography({ root: process.cwd(), outDir: join(dir, 'out'), municipalitiesFile: file }),
    ).rejects.toThrow(
      /^mgn-without-carmen\.geojson: PDET municipality 27150 Carmen del Darién has no polygon in this boundary file$/,
    );
  });

  it('parses --municipalities and --out, and rejects unknown flags', () => {
    expect(parseArgs(['--municipalities', 'a.zip', '--out', '/tmp/x'])).toEqual({
      municipalitiesFile: 'a.zip',
      outDir: '/tmp/x',
    });
    expect(() => parseArgs(['--bogus'])).toThrow(/unknown argument --bogus/);
    expect(() => parseArgs(['--out'])).toThrow(/--out needs a value/);
  });
});
