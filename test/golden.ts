// Turf-style golden files for the geo operations. Each `test/in/<operation>.<case>.geojson` is an
// input you can open in a viewer (geojson.io, QGIS); the operation's result must equal
// `test/out/<operation>.<case>.geojson`, which carries simplestyle colours so the answer can be
// checked by eye too. `REGEN=1` (npm run test:golden:update) rewrites the out files instead of
// comparing: review them in the diff before committing.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { FeatureCollection, Geometry } from 'geojson';
import { expect } from 'vitest';
import { stringifyFeatureCollection } from '../scripts/geo/write-deterministic-json.ts';
import { deepFreeze } from './fixtures/load-fixture';

const folder = (name: 'in' | 'out') => fileURLToPath(new URL(`./${name}/`, import.meta.url));

/** Distinct marker colours by zone index (simplestyle); grey for "no zone". */
const ZONE_COLORS = ['#e6194b', '#3cb44b', '#4363d8', '#f58231', '#911eb4', '#42d4f4', '#f032e6', '#9a6324'];
export const zoneColor = (zone: number) => (zone < 0 ? '#808080' : ZONE_COLORS[zone % ZONE_COLORS.length]);

/** The input files of one operation (`test/in/<operation>.*.geojson`), deep-frozen. */
export function goldenCases(operation: string): { name: string; input: FeatureCollection }[] {
  return readdirSync(folder('in'))
    .filter((file) => file.startsWith(`${operation}.`) && file.endsWith('.geojson'))
    .sort()
    .map((file) => ({
      name: file.replace(/\.geojson$/, ''),
      input: deepFreeze(JSON.parse(readFileSync(`${folder('in')}${file}`, 'utf8')) as FeatureCollection),
    }));
}

/** Compares `actual` with `test/out/<name>.geojson`, or writes it there when `REGEN` is set. */
export function expectGolden(name: string, actual: FeatureCollection<Geometry | null>): void {
  const file = `${folder('out')}${name}.geojson`;
  const text = stringifyFeatureCollection(actual as FeatureCollection);
  if (process.env.REGEN) {
    mkdirSync(folder('out'), { recursive: true });
    writeFileSync(file, text);
    return;
  }
  if (!existsSync(file)) throw new Error(`${file} is missing: run with REGEN=1 and review it`);
  expect(JSON.parse(text)).toEqual(JSON.parse(readFileSync(file, 'utf8')));
}
