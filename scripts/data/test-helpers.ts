/**
 * Shared, frozen inputs for the data tests: the committed layers and shapes, read once per file.
 */
import { readFileSync } from 'node:fs';
import type { FeatureCollection } from 'geojson';
import { CocaEstimatesFile, CocaMunicipalTable } from '../../src/io/schemas.ts';
import { buildMunicipalityShapes, type MunicipalityShape } from './municipality-shapes.ts';

export const GEO_DIR = 'public/geo';

export function readJson(file: string): unknown {
  return JSON.parse(readFileSync(file, 'utf8'));
}

export function committedMunicipalities(): FeatureCollection {
  return readJson(`${GEO_DIR}/municipalities.geojson`) as FeatureCollection;
}

export function committedCocaTable(): CocaMunicipalTable {
  return CocaMunicipalTable.parse(readJson(`${GEO_DIR}/coca-municipal.json`));
}

export function committedCocaEstimates(): CocaEstimatesFile {
  return CocaEstimatesFile.parse(readJson(`${GEO_DIR}/coca-estimates.json`));
}

/** Shapes by DIVIPOLA (with the engine's index over all municipalities). */
export function committedShapes(): Map<string, MunicipalityShape> {
  return new Map(buildMunicipalityShapes(committedMunicipalities()).map((shape) => [shape.divipola, shape]));
}
