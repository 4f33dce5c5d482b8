/**
 * Where sample interventions go. A fixed share lands in the three pilot municipalities (by area, so
 * they are the densest per km²); the rest picks a type by its share and a municipality by a
 * type-specific weight: PDET and Zona Futuro municipalities weigh far more than the rest, and
 * coca-following types (eradication, PNIS, labs, interdiction, arrests) weigh by official coca
 * hectares. Coca-following records sit near the synthetic coca cells of their municipality when it
 * has any; the engine assigns every point to its own municipality.
 */
import type { RandomSource } from '../../src/geo/seeded-random.ts';
import { INTERVENTION_TYPES, type InterventionType } from '../../src/io/schemas.ts';
import type { CocaCellRecord } from './allocate-coca.ts';
import { round5 } from './grid-cells-in-shape.ts';
import { type MunicipalityShape, shapeContains } from './municipality-shapes.ts';
import { TYPE_PROFILES } from './taxonomy.ts';
import { weightedPicker } from './weighted-picker.ts';

/** Share of all records placed in the three pilots. */
export const PILOT_SHARE = 0.13;
const PDET_FACTOR = 10;
const ZONA_FUTURO_FACTOR = 1.6;
/** Half a cell in degrees: jitter around a coca cell centroid. */
const CELL_JITTER = 0.0045;

export interface Place {
  type: InterventionType;
  shape: MunicipalityShape;
  lon: number;
  lat: number;
}

/** Returns a function drawing a (type, municipality, point) triple from `random`. */
export function placePicker(
  shapes: readonly MunicipalityShape[],
  cocaHectares: ReadonlyMap<string, number>,
  cells: readonly CocaCellRecord[],
): (random: RandomSource) => Place {
  const area = (shape: MunicipalityShape) => shape.area_km2;
  const general = shapes.map(
    (shape) =>
      Math.sqrt(area(shape)) *
      (shape.pdet_subregion ? PDET_FACTOR : 1) *
      (shape.zona_futuro ? ZONA_FUTURO_FACTOR : 1),
  );
  const generalSum = general.reduce((sum, weight) => sum + weight, 0);
  const coca = shapes.map(
    (shape) => (cocaHectares.get(shape.divipola) ?? 0) * (shape.pdet_subregion ? 1.5 : 1),
  );
  const cocaSum = coca.reduce((sum, weight) => sum + weight, 0);
  const cocaMix = shapes.map(
    (_, index) => 0.85 * (coca[index] / cocaSum) + 0.15 * (general[index] / generalSum),
  );
  const pickGeneral = weightedPicker(general);
  const pickCoca = weightedPicker(cocaMix);
  const pilots = shapes.filter((shape) => shape.pilot);
  const pickPilot = weightedPicker(pilots.map(area));
  const pickType = weightedPicker(INTERVENTION_TYPES.map((type) => TYPE_PROFILES[type].share));
  const cellsByMunicipality = groupCells(cells);

  return (random) => {
    const type = INTERVENTION_TYPES[pickType(random)];
    const follows = TYPE_PROFILES[type].followsCoca;
    const shape =
      random() < PILOT_SHARE
        ? pilots[pickPilot(random)]
        : shapes[follows ? pickCoca(random) : pickGeneral(random)];
    const near = follows ? cellsByMunicipality.get(shape.divipola) : undefined;
    const [lon, lat] =
      near && random() < 0.7 ? pointNearCell(random, shape, near) : pointInShape(random, shape);
    return { type, shape, lon, lat };
  };
}

function groupCells(cells: readonly CocaCellRecord[]) {
  const groups = new Map<string, CocaCellRecord[]>();
  for (const cell of cells) groups.set(cell.divipola, [...(groups.get(cell.divipola) ?? []), cell]);
  return new Map(
    [...groups].map(([divipola, group]) => {
      const pick = weightedPicker(group.map((cell) => cell.hectares.reduce((sum, value) => sum + value, 0)));
      return [divipola, { group, pick }];
    }),
  );
}

function pointNearCell(
  random: RandomSource,
  shape: MunicipalityShape,
  near: { group: readonly CocaCellRecord[]; pick: (random: RandomSource) => number },
): [number, number] {
  const cell = near.group[near.pick(random)];
  for (let attempt = 0; attempt < 8; attempt++) {
    const lon = round5(cell.lon + (random() * 2 - 1) * CELL_JITTER);
    const lat = round5(cell.lat + (random() * 2 - 1) * CELL_JITTER);
    if (shapeContains(shape, lon, lat)) return [lon, lat];
  }
  return [cell.lon, cell.lat];
}

/** Rejection sampling in the bounding box (rounded coordinates are tested, as shipped). */
export function pointInShape(random: RandomSource, shape: MunicipalityShape): [number, number] {
  const [west, south, east, north] = shape.bbox;
  for (let attempt = 0; attempt < 10_000; attempt++) {
    const lon = round5(west + random() * (east - west));
    const lat = round5(south + random() * (north - south));
    if (shapeContains(shape, lon, lat)) return [lon, lat];
  }
  throw new Error(`no point found inside ${shape.divipola}`);
}
