import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { beforeAll, describe, expect, it } from 'vitest';
import { normalizeName } from '../src/geo/normalize-name.ts';
import { Manifest } from '../src/io/manifest.ts';
import { parseArgs } from './build-geo.ts';
import { buildGeography } from './geo/build-geography.ts';
import { GEO_LAYER_IDS } from './geo/build-manifest-layers.ts';
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
const MISSING = ['13042', '18785', '20570', '23682', '27150', '27425', '27450', '44090', '86757'];
const MGN_DIR = '/work/shared/data/mgn';

const read = (dir: string, file: string) => JSON.parse(readFileSync(join(dir, file), 'utf8'));
const features = (dir: string, id: string) => (read(dir, `${id}.geojson`) as FeatureCollection).features;
const byCode = (dir: string) =>
  new Map(
    features(dir, 'municipalities').map((feature) => [feature.properties?.divipola as string, feature]),
  );

describe('geo:build from the amCharts npm geodata', () => {
  const out = mkdtempSync(join(tmpdir(), 'geo-build-'));
  beforeAll(async () => {
    await buildGeography({ root: process.cwd(), outDir: out });
  }, 60_000);

  it('reproduces the committed public/geo files byte for byte', () => {
    for (const file of readdirSync(out).filter((name) => name !== 'manifest.json')) {
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

  it('lists exactly the nine PDET municipalities without own polygon, with their containers', () => {
    const manifest = Manifest.parse(read(out, 'manifest.json'));
    expect(manifest.missing.map((entry) => entry.divipola)).toEqual(MISSING);
    expect(manifest.missing.find((entry) => entry.divipola === '27150')?.contained_in).toEqual({
      divipola: '27615',
      name: 'Riosucio',
    });
    const codes = byCode(out);
    for (const entry of manifest.missing) expect(codes.has(entry.contained_in.divipola)).toBe(true);
  });

  it('writes a manifest entry per layer with exact package versions', () => {
    const manifest = Manifest.parse(read(out, 'manifest.json'));
    expect(manifest.layers.map((layer) => layer.id)).toEqual([...GEO_LAYER_IDS]);
    const municipalities = manifest.layers.find((layer) => layer.id === 'municipalities');
    expect(municipalities?.source_packages['@amcharts/amcharts5-geodata']).toBe('5.1.6');
    expect(municipalities?.feature_count).toBe(features(out, 'municipalities').length);
    expect(existsSync(join(out, 'LICENSE-amcharts.txt'))).toBe(true);
  });

  it('uses current DANE names and fixes the source labels', () => {
    const codes = byCode(out);
    expect(codes.get('52835')?.properties?.name).toBe('San Andrés de Tumaco');
    expect(codes.get('19548')?.properties?.name).toBe('Piendamó - Tunía');
    expect(codes.get('70823')?.properties?.name).toBe('San José de Toluviejo');
    expect(codes.get('13430')?.properties?.name).toBe('Magangué');
    expect(codes.has('13188')).toBe(false);
    expect(codes.get('05120')?.id).toBe(5120);
  });

  it('builds 16 PDET subregions, 5 Zonas Futuro and the 3 pilots', () => {
    const subregions = features(out, 'pdet-subregions');
    expect(subregions).toHaveLength(16);
    expect(subregions.reduce((sum, f) => sum + (f.properties?.municipality_count as number), 0)).toBe(170);
    const zonas = features(out, 'zonas-futuro');
    expect(zonas).toHaveLength(5);
    expect(zonas.find((f) => f.properties?.name === 'Catatumbo')?.properties).toMatchObject({
      verified_count: 8,
      candidate_count: 0,
    });
    expect(features(out, 'pilot-municipalities').map((f) => f.properties?.divipola)).toEqual([
      '05120',
      '52835',
      '54720',
    ]);
    expect(features(out, 'departments')).toHaveLength(33);
  });

  it('anchors a label for every area feature', () => {
    const labels = features(out, 'labels') as Feature[];
    const count = (layer: string) => labels.filter((label) => label.properties?.layer === layer).length;
    expect(count('municipalities')).toBe(features(out, 'municipalities').length);
    expect(count('zonas-futuro')).toBe(5);
  });
});

describe.skipIf(!existsSync(MGN_DIR))('geo:build from official DANE MGN 2018 boundaries', () => {
  for (const file of ['MGN2018_MPIO_POLITICO.geojson', 'MGN2018_colombia.topojson']) {
    it(`builds from ${file} with every PDET member drawn`, async () => {
      const out = mkdtempSync(join(tmpdir(), 'geo-mgn-'));
      const result = await buildGeography({
        root: process.cwd(),
        outDir: out,
        municipalitiesFile: join(MGN_DIR, file),
      });
      expect(result.missing).toEqual([]);
      const codes = byCode(out);
      expect(codes.size).toBe(1122);
      const pdet = [...codes.values()].filter((feature) => feature.properties?.pdet_subregion);
      expect(pdet).toHaveLength(170);
      expect(codes.get('52835')?.properties?.area_km2).toBeGreaterThan(3605 * 0.95);
      expect(codes.get('52835')?.properties?.area_km2).toBeLessThan(3605 * 1.05);
      const manifest = Manifest.parse(read(out, 'manifest.json'));
      expect(manifest.boundary_source).toContain(file);
      expect(manifest.missing).toEqual([]);
      expect(existsSync(join(out, 'LICENSE-amcharts.txt'))).toBe(false);
    }, 60_000);
  }
});

describe.skipIf(!existsSync(MGN_DIR))(
  'the committed DIVIPOLA table against MGN 2018 (test input only)',
  () => {
    it('has the same 1,122 codes and, folded, the same names except two later renames', () => {
      const fold = (name: string) => normalizeName(name);
      const mgn = read(MGN_DIR, 'MGN2018_MPIO_POLITICO.geojson') as FeatureCollection;
      const mgnNames = new Map(
        mgn.features.map((f) => [f.properties?.MPIO_CCNCT as string, f.properties?.MPIO_CNMBR as string]),
      );
      const tables = readReferenceTables('data/reference');
      expect([...tables.municipalityNames.keys()].sort()).toEqual([...mgnNames.keys()].sort());
      const differing = [...tables.municipalityNames].filter(
        ([code, name]) => fold(name) !== fold(mgnNames.get(code) ?? ''),
      );
      expect(differing.map(([code]) => code)).toEqual(['19760', '70523']);
    });
  },
);

describe('geo:build errors', () => {
  it('stops with a message naming an unreadable boundary file', async () => {
    const out = mkdtempSync(join(tmpdir(), 'geo-bad-'));
    await expect(
      buildGeography({ root: process.cwd(), outDir: out, municipalitiesFile: join(out, 'nope.zip') }),
    ).rejects.toThrow(/nope\.zip: file not found/);
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
