import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Manifest } from '../src/io/manifest.ts';
import { buildData } from './build-data.ts';
import { DEFAULT_INTERVENTION_COUNT, DEFAULT_SEED } from './data/data-defaults.ts';
import { DATA_FILES, DATA_LAYER_IDS } from './data/data-manifest-layers.ts';
import { parseFlags, positiveInteger } from './data/parse-flags.ts';

const outDir = mkdtempSync(join(tmpdir(), 'data-build-'));
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

describe('npm run data:build', () => {
  const counts = buildData({
    root: '.',
    geoDir: 'public/geo',
    outDir,
    seed: DEFAULT_SEED,
    count: DEFAULT_INTERVENTION_COUNT,
  });

  it.each(Object.values(DATA_FILES))('reproduces the committed %s byte for byte', (file) => {
    expect(readFileSync(join(outDir, file)).equals(readFileSync(join('public/geo', file)))).toBe(true);
  });

  it('writes manifest entries equal to the committed ones, labelled official / synthetic / sample', () => {
    const fresh = Manifest.parse(JSON.parse(readFileSync(join(outDir, 'manifest.json'), 'utf8')));
    const committed = Manifest.parse(JSON.parse(readFileSync('public/geo/manifest.json', 'utf8')));
    const ours = (manifest: Manifest) =>
      manifest.layers.filter((layer) => DATA_LAYER_IDS.includes(layer.id as never));
    expect(ours(fresh)).toEqual(ours(committed));
    const byId = new Map(ours(fresh).map((layer) => [layer.id, layer]));
    expect(byId.get('coca-municipal')).toMatchObject({ kind: 'official-table', allocation: 'official' });
    expect(byId.get('coca-municipal')?.year).toBe('2001–2024 (2024 contested by the Government of Colombia)');
    expect(byId.get('coca-estimates')).toMatchObject({ kind: 'synthetic', allocation: 'synthetic' });
    expect(byId.get('interventions')).toMatchObject({ kind: 'sample', allocation: 'sample' });
    expect(byId.get('coca-estimates')?.feature_count).toBe(counts.cells);
    expect(byId.get('coca-estimates')?.note?.en).toMatch(/SYNTHETIC/);
    expect(byId.get('interventions')?.note?.en).toMatch(/SAMPLE/);
    // The geography entries are kept.
    expect(fresh.layers.length).toBe(committed.layers.length);
  });
});

describe('flags', () => {
  it('parses --count, --seed and --out-dir and rejects unknown ones', () => {
    const flags = parseFlags(
      ['--count', '1_000_000', '--seed', 'x', '--out-dir', '/tmp/a'],
      ['count', 'seed', 'out-dir'],
    );
    expect(positiveInteger(flags.get('count') ?? '', 'count')).toBe(1_000_000);
    expect(flags.get('seed')).toBe('x');
    expect(() => parseFlags(['--size', '1'], ['count'])).toThrow(/unknown/);
    expect(() => positiveInteger('0', 'count')).toThrow(/positive/);
  });
});
